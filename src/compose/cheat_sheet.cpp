#include "compose/cheat_sheet.h"

#include <algorithm>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bridge_script.h"
#include "compose/bullet_parts.h"
#include "compose/focus_values.h"
#include "compose/resume_voice.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

std::string story_question(const Playbook& doc, const Story& s) {
    if (!s.use_for.empty()) return s.use_for.front();
    for (const auto& q : doc.questions)
        if (q.story && *q.story == s.id) return rich_to_plain(q.text);
    return {};
}

Rich labelled(ProseWriter& ph, const std::string& label_key, const Rich& body) {
    return RichBuilder()
        .strong(rich_to_plain(ph.say(label_key, seed_for(Purpose::CheatLabel, {}))))
        .plain(" ")
        .append(body)
        .build();
}

// `text` shortened to at most `max_chars` only where a clause ends ("..., and"
// never "from 6"): the whole text, its first clauses, or empty when neither fits.
std::string whole_clauses(const Knowledge& kb, const std::string& text, size_t max_chars) {
    const std::string full = strip_trailing_period(text);
    const std::string shown = clause_excerpt(kb, text, max_chars);
    if (shown.size() >= full.size()) return shown;
    const char next = full[shown.size()];
    return next == ',' || next == ';' ? shown : std::string();
}

// What to know walking in: values, the loop, what is different, the culture.
// Trivia (founding year, headcount) earns no points in an interview.
std::vector<Rich> company_facts(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    std::vector<Rich> out;
    const CompanyDef& c = *a.company;
    if (c.generic) {
        if (doc.job.about && !trim(*doc.job.about).empty())
            if (const std::string team = whole_clauses(kb, trim(*doc.job.about), 160); !team.empty())
                out.push_back(labelled(ph, "cheat.label.team", one_span(team, SpanKind::Fact)));
        out.push_back(ph.say("cheat.unknown_company", seed_for(Purpose::CheatCompany, {doc.job.company.value_or("")}),
                             {{"company", {company_display_name(a, doc), SpanKind::Plain}}}));
        return out;
    }
    std::vector<std::string> names;
    for (const auto& v : focus_values(a))
        if (names.size() < 5 && (v.in_job || names.size() < 3)) names.push_back(v.def->name);
    if (!names.empty())
        out.push_back(labelled(ph, "cheat.label.values", one_span(ensure_period(join_list(names)), SpanKind::Plain)));
    if (!c.process.empty())
        out.push_back(labelled(ph, "cheat.label.process", one_span(ensure_period(c.process.front()), SpanKind::Plain)));
    if (!c.unique.empty())
        out.push_back(labelled(ph, "cheat.label.unique", one_span(ensure_period(c.unique.front()), SpanKind::Plain)));
    if (!c.culture.empty())
        out.push_back(labelled(ph, "cheat.label.culture", one_span(ensure_period(c.culture.front()), SpanKind::Plain)));
    return out;
}

// The strengths with their proof: "Title: reducing p99 latency by 38% at Microsoft".
// Without strengths (a job in another field), the strongest lines on their own.
// A proof too long for the page is left out rather than cut mid-phrase.
std::vector<Rich> selling_points(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    std::vector<Rich> out;
    for (const auto& s : doc.fit.strengths) {
        RichBuilder r;
        r.strong(s.title);
        if (const BulletRef* b = s.evidence.empty() ? nullptr : a.bullet(s.evidence.front())) {
            const BulletParts parts = split_bullet(kb, *b->bullet);
            const std::string proof = whole_clauses(kb, !parts.result.empty() ? parts.result : parts.object, 90);
            if (!proof.empty()) r.plain(": ").fact(proof).plain(" at ").append(employer_ref(*b));
        }
        out.push_back(r.build());
    }
    if (!out.empty()) return out;
    for (const BulletRef* b : strength_bullets(doc, a, 3))
        if (const std::string line = whole_clauses(kb, b->bullet->text, 100); !line.empty())
            out.push_back(RichBuilder().fact(line).plain(" (").append(employer_ref(*b)).plain(")").build());
    if (!out.empty()) return out;
    // No resume lines were read: the skills the JD asks for that the resume names.
    for (const auto& r : a.requirements)
        for (const auto& skill : r.skills_listed) {
            if (out.size() == 3) break;
            const Rich item = ph.say("cheat.skill_point", seed_for(Purpose::CheatSkill, {skill}),
                                     {{"skill", {skill, SpanKind::Strong}}});
            if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
        }
    return out;
}

// Three questions to ask: the most specific one for each of three interviewers.
std::vector<std::string> top_questions(const QuestionsToAsk& q, ProseWriter& ph) {
    std::vector<std::string> out;
    auto best = [&](const std::vector<AskItem>& items, const char* prefer, const char* who) {
        const AskItem* pick = items.empty() ? nullptr : &items.front();
        for (const auto& item : items)
            if (item.tag == prefer) {
                pick = &item;
                break;
            }
        if (!pick) return;
        const std::string to = rich_to_plain(ph.say(std::string("cheat.to.") + who, seed_for(Purpose::CheatLabel, {}),
                                                    {{"special", {q.special_name, SpanKind::Plain}}}));
        out.push_back(to + " " + pick->text);
    };
    best(q.hiring_manager, "company", "hiring_manager");
    best(q.peer, "role", "peer");
    if (!q.special.empty()) best(q.special, "company", "special");
    else best(q.executive, "company", "executive");
    return out;
}

std::vector<std::string> remember(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::CheatRemember, {doc.candidate.name.value_or("")});
    std::vector<std::string> out;
    // Results first ("38%", "$1.8M a year"), then scale ("500K+ requests/second"), then counts.
    auto rank = [](MetricKind kind) {
        switch (kind) {
            case MetricKind::Percent:
            case MetricKind::Money:
            case MetricKind::TimeDelta:
            case MetricKind::Multiplier: return 0;
            case MetricKind::Throughput:
            case MetricKind::Users:
            case MetricKind::Latency:
            case MetricKind::Uptime: return 1;
            case MetricKind::Count: return 2;
            case MetricKind::TeamSize:
            case MetricKind::Duration: return 3;
        }
        return 3;
    };
    std::vector<std::pair<int, std::string>> found;
    for (const BulletRef* b : strength_bullets(doc, a, 3))
        for (const auto& m : b->bullet->metrics)
            if (m.kind != MetricKind::TeamSize && m.kind != MetricKind::Duration)
                found.push_back({rank(m.kind), m.text});
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> numbers;
    for (const auto& [r, text] : found)
        if (numbers.size() < 3 && std::find(numbers.begin(), numbers.end(), text) == numbers.end())
            numbers.push_back(text);
    if (!numbers.empty())
        out.push_back(rich_to_plain(
            ph.next("cheat.remember_numbers", seed, {{"numbers", {join_list(numbers), SpanKind::Plain}}})));
    if (!doc.gap_scripts.empty()) {
        std::string gap = doc.gap_scripts.front().title;
        out.push_back(rich_to_plain(ph.next("cheat.remember_gap", seed, {{"gap", {gap, SpanKind::Plain}}})));
    }
    if (!a.company->generic && !a.company->special_interviewer.empty())
        out.push_back(rich_to_plain(
            ph.next("cheat.remember_special", seed, {{"special", {a.company->special_interviewer, SpanKind::Plain}}})));
    const auto values = focus_values(a);
    const SlotValues slots{{"company", {company, SpanKind::Plain}},
                           {"value", {values.empty() ? std::string() : values.front().def->name, SpanKind::Plain}}};
    // The general reminders, skipping the one about values when there is no company list to tie to.
    const auto& general = kb.phrases("remember");
    for (size_t k = 0; k < general.size() && out.size() < 5; ++k) {
        const std::string& line = general[(ph.next_index("remember", seed)) % general.size()];
        if (contains(line, "{value}") && (a.company->generic || values.empty())) continue;
        const std::string text = rich_to_plain(ph.fill(line, slots));
        if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
    }
    return out;
}

}  // namespace

CheatSheet write_cheat_sheet(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    CheatSheet c;
    c.pitch = doc.pitch.thirty_second;
    for (const auto& s : doc.stories) c.story_bank.push_back({s.id, story_question(doc, s)});
    c.company_facts = company_facts(kb, doc, a, ph);
    c.selling_points = selling_points(kb, doc, a, ph);
    if (const auto gaps = scripted_gaps(doc, a); !gaps.empty()) {
        // The first gap script's short version: its own rotation, from the start.
        const Seed seed = seed_for(Purpose::CheatGapAnswer,
                                   {doc.candidate.name.value_or(""), doc.job.title.value_or("")});
        c.gap_answer = build_bridge(kb, doc, a, *gaps.front(), ph, seed).short_version();
    }
    if (!doc.curveballs.empty()) {
        const Curveball& cb = doc.curveballs.front();
        c.curveball.push_back("\u201c" + cb.question + "\u201d");
        for (const auto& step : cb.framework) c.curveball.push_back(step);
    }
    c.questions_to_ask = top_questions(doc.questions_to_ask, ph);
    c.remember = remember(kb, doc, a, ph);
    return c;
}

}  // namespace ip
