#include "compose/practice_prompt.h"

#include "analyze/prose_parts.h"
#include "core/grammar.h"
#include "core/slot_template.h"
#include "core/text.h"

namespace ip {

std::string practice_prompt(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Question& q) {
    const std::string company = company_display_name(a, doc);
    const std::string role = trim(doc.job.title.value_or(""));
    const std::string question = rich_to_plain(q.text);
    std::string out = rich_to_plain(phrase(kb, "practice_prompt", question,
                                           {{"company", {company, SpanKind::Plain}},
                                            {"role", {role.empty() ? "open" : role, SpanKind::Plain}}}));
    // Who is answering, so the assistant can judge the answer for this level and this role.
    const Candidate& c = doc.candidate;
    if (!c.positions.empty() && !trim(c.positions.front().title).empty()) {
        const Position& p = c.positions.front();
        const std::string employer = trim(p.company);
        out += " " + rich_to_plain(phrase(kb, employer.empty() ? "q.practice.about_me_title" : "q.practice.about_me",
                                          question,
                                          {{"title", {with_article(trim(p.title)), SpanKind::Plain}},
                                           {"employer", {employer, SpanKind::Plain}},
                                           {"role", {role.empty() ? "open" : role, SpanKind::Plain}}}));
    }
    out += " " + rich_to_plain(phrase(kb, "q.practice.question", question, {{"question", {question, SpanKind::Plain}}}));
    std::vector<std::string> points;
    for (size_t i = 0; i < q.great.size(); ++i)
        points.push_back("(" + std::to_string(i + 1) + ") " + strip_trailing_period(rich_to_plain(q.great[i])));
    if (!points.empty()) out += " " + pick_phrase(kb, "q.practice.score", question) + " " + join(points, "; ") + ".";
    return out;
}

}  // namespace ip
