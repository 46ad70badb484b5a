#include "compose/practice_prompt.h"

#include "analyze/prose_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::string practice_prompt(const Playbook& doc, const Analysis& a, const Question& q, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const std::string role = trim(doc.job.title.value_or(""));
    const std::string question = rich_to_plain(q.text);
    const Seed seed = seed_for(Purpose::PracticePrompt, {question});
    std::string out = rich_to_plain(
        ph.say("practice_prompt", seed,
               {{"company", {company, SpanKind::Plain}}, {"role", {role.empty() ? "open" : role, SpanKind::Plain}}}));
    // Who is answering, so the assistant can judge the answer for this level and this role.
    const Candidate& c = doc.candidate;
    if (!c.positions.empty() && !trim(c.positions.front().title).empty()) {
        const Position& p = c.positions.front();
        const std::string employer = trim(p.company);
        out += " " + rich_to_plain(ph.say(employer.empty() ? "q.practice.about_me_title" : "q.practice.about_me", seed,
                                          {{"title", {with_article(trim(p.title)), SpanKind::Plain}},
                                           {"employer", {employer, SpanKind::Plain}},
                                           {"role", {role.empty() ? "open" : role, SpanKind::Plain}}}));
    }
    out += " " + rich_to_plain(ph.say("q.practice.question", seed, {{"question", {question, SpanKind::Plain}}}));
    std::vector<std::string> points;
    for (size_t i = 0; i < q.great.size(); ++i)
        points.push_back("(" + std::to_string(i + 1) + ") " + strip_trailing_period(rich_to_plain(q.great[i])));
    if (!points.empty()) out += " " + rich_to_plain(ph.say("q.practice.score", seed)) + " " + join(points, "; ") + ".";
    return out;
}

}  // namespace ip
