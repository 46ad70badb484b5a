#include "compose/pitch.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "compose/job_refs.h"
#include "compose/resume_voice.h"
#include "compose/spoken_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

std::vector<std::string> employers(const Candidate& c, size_t limit) {
    std::vector<std::string> out;
    for (const auto& p : c.positions)
        if (!p.company.empty() && std::find(out.begin(), out.end(), p.company) == out.end() && out.size() < limit)
            out.push_back(p.company);
    return out;
}

// The bullets with the strongest numbers, most impactful first, at most one per employer.
std::vector<const BulletRef*> proof_bullets(const Analysis& a, size_t n) {
    std::vector<const BulletRef*> with_numbers;
    for (const auto& b : a.bullets)
        if (!b.bullet->metrics.empty()) with_numbers.push_back(&b);
    std::stable_sort(with_numbers.begin(), with_numbers.end(),
                     [](const BulletRef* x, const BulletRef* y) { return x->impact > y->impact; });
    std::vector<const BulletRef*> out;
    for (const BulletRef* b : with_numbers) {
        if (out.size() == n) break;
        out.push_back(b);
    }
    return out;
}

// "I designed and built" (plain) + " distributed microservices handling ..." (fact);
// "I manage ..." for a line in the present tense, "I served as ..." for a role.
Rich i_did(const Knowledge& kb, ProseWriter& ph, const Seed& seed, const BulletRef& b, size_t max_chars = 120) {
    if (speaks_in_first_person(kb, b))
        return ph.say("pitch.i_did", seed, {{"achievement", achievement(kb, b, max_chars)}});
    return ph.say("pitch.i_worked_on", seed, {{"work", {excerpt(b.bullet->text, max_chars), SpanKind::Fact}}});
}

// "a Senior Engineer": the article (plain) and the title as written (fact).
Rich title_with_article(const std::string& title) {
    return RichBuilder().plain(article_for(title) + " ").fact(title).build();
}

// A blank only the candidate can fill, in the phrasing's words: one fill-in span.
Rich blank(ProseWriter& ph, const std::string& key, const Seed& seed, const SlotValues& slots = {}) {
    return {{rich_to_plain(ph.say(key, seed, slots)), SpanKind::Fill}};
}

// "At Stripe (2019–2023), I led ...": where the bullet comes from (fact) and what I did there.
Rich at_where(const Knowledge& kb, ProseWriter& ph, const Seed& seed, const BulletRef& b) {
    return ph.say("pitch.at_where", seed,
                  {{"where", {where_phrase(b), SpanKind::Fact}}, {"did", i_did(kb, ph, seed, b, 100)}});
}

// Values the candidate can claim in their own voice: shown in the resume, the
// JD's focus first. Names written as advice to the reader ("Be meticulous in
// your craft") would read wrongly in the first person and are left out.
std::vector<std::string> focus_values(const Analysis& a, size_t n) {
    std::vector<std::string> out;
    auto speakable = [](const std::string& name) {
        const std::string l = to_lower(name);
        return !contains(" " + l + " ", " you ") && !contains(" " + l + " ", " your ");
    };
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& v : a.values) {
            const std::string& name = a.company->values[v.value].name;
            if (out.size() == n || v.bullets.empty() || (pass == 0 && !v.named_in_job) || !speakable(name)) continue;
            if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
        }
    return out;
}

Rich thirty_second(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Seed& seed, ProseWriter& ph) {
    const Candidate& c = doc.candidate;
    const std::string company = company_display_name(a, doc);
    RichBuilder r;
    // Hook: who I am, at what level, where.
    const std::string title = !c.positions.empty() ? c.positions.front().title : c.headline.value_or("");
    const Span years = years_said(kb, c);
    const auto emps = employers(c, 3);
    RichBuilder at;
    for (size_t i = 0; i < emps.size(); ++i) {
        if (i) at.plain(emps.size() == 2 ? " and " : (i + 1 == emps.size() ? ", and " : ", "));
        at.fact(emps[i]);
    }
    const char* hook = years.text.empty() ? (emps.empty() ? "pitch30.hook_name_title" : "pitch30.hook_no_years")
                                          : (emps.empty() ? "pitch30.hook_no_employers" : "pitch30.hook");
    const Span name = display_name(c);
    SlotValues who{{"name", optional_slot(name.text, name.kind)}, {"years", years}, {"employers", at.build()}};
    who["title"] = title.empty() ? optional_slot("") : SlotValue(title_with_article(title));
    r.append(ph.say(hook, seed, who)).plain(" ");
    // Proof: the two strongest numbers.
    const auto proof = proof_bullets(a, 2);
    if (!proof.empty()) {
        SlotValues slots{{"lead", ph.say("pitch30.proof_lead", seed, {})},
                         {"first", i_did(kb, ph, seed, *proof[0], 110)}};
        if (proof.size() > 1) slots["second"] = i_did(kb, ph, seed, *proof[1], 90);
        r.append(ph.say(proof.size() > 1 ? "pitch30.proof" : "pitch30.proof_one", seed, slots)).plain(" ");
    }
    // Bridge: this company's values in my own work.
    const auto values = focus_values(a, 2);
    if (!values.empty() && !a.company->generic)
        r.append(ph.say("pitch30.bridge_values", seed,
                        {{"company", {company, SpanKind::Plain}}, {"values", {join_list(values), SpanKind::Strong}}}));
    else r.append(ph.say("pitch30.bridge_generic", seed, {{"company", {company, SpanKind::Plain}}}));
    r.plain(" ");
    // Close: where I want to take it.
    const std::string role = role_name(kb, doc.job);
    r.append(ph.say("pitch30.close", seed,
                    {{"company", {company, SpanKind::Plain}},
                     {"role", {role, SpanKind::Plain}},
                     {"team", {doc.job.team.value_or(company), SpanKind::Plain}}}));
    return r.build();
}

TwoMinutePitch two_minute(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Seed& seed,
                          ProseWriter& ph) {
    const Candidate& c = doc.candidate;
    const std::string company = company_display_name(a, doc);
    TwoMinutePitch p;
    auto best_bullet_of = [&](size_t position) -> const BulletRef* {
        const BulletRef* best = nullptr;
        for (const auto& b : a.bullets)
            if (!b.is_project && b.position == position && (!best || b.impact > best->impact)) best = &b;
        return best;
    };

    // Past: where it started (the earliest role), and the step in between.
    if (c.positions.size() >= 2) {
        const size_t first = c.positions.size() - 1;
        RichBuilder r;
        SlotValues start{{"title", title_with_article(c.positions[first].title)},
                         {"company", optional_slot(c.positions[first].company, SpanKind::Fact)}};
        const BulletRef* start_work = best_bullet_of(first);
        if (start_work) start["did"] = i_did(kb, ph, seed, *start_work, 100);
        r.append(ph.say(start_work ? "pitch2.started" : "pitch2.started_plain", seed, start)).plain(" ");
        if (first >= 2) {
            const size_t middle = 1;
            SlotValues then{{"company", optional_slot(c.positions[middle].company, SpanKind::Fact)}};
            const BulletRef* then_work = best_bullet_of(middle);
            if (then_work) then["did"] = i_did(kb, ph, seed, *then_work, 100);
            r.append(ph.say(then_work ? "pitch2.then" : "pitch2.then_plain", seed, then));
        }
        p.past = r.build();
    } else {
        p.past = RichBuilder()
                     .append(ph.say("pitch2.past_fill", seed, {}))
                     .plain(" ")
                     .append(blank(ph, "pitch2.past_fill_blank", seed))
                     .build();
    }

    // Present: the current role and its two strongest bullets.
    if (!c.positions.empty()) {
        RichBuilder r;
        r.append(ph.say("pitch2.today", seed,
                        {{"title", title_with_article(c.positions[0].title)},
                         {"company", optional_slot(c.positions[0].company, SpanKind::Fact)}}));
        std::vector<const BulletRef*> current;
        for (const auto& b : a.bullets)
            if (!b.is_project && b.position == 0) current.push_back(&b);
        std::stable_sort(current.begin(), current.end(),
                         [](const BulletRef* x, const BulletRef* y) { return x->impact > y->impact; });
        for (size_t i = 0; i < current.size() && i < 2; ++i)
            r.plain(" ").append(ph.say(i == 0 ? "pitch2.there" : "pitch2.alongside", seed,
                                       {{"did", i_did(kb, ph, seed, *current[i], 110)}}));
        p.present = r.build();
    }

    // Pivot: why now (only the candidate knows), framed by what the role offers.
    RichBuilder pivot;
    pivot.append(ph.say("pitch2.pivot", seed, {{"company", {company, SpanKind::Plain}}}));
    pivot.plain(" ").append(blank(ph, "pitch2.pivot_blank", seed));
    p.pivot = pivot.build();

    // Future: this team's work in the JD's own words.
    RichBuilder future;
    const RequirementAssessment* anchor = nullptr;
    for (const auto& r : a.requirements)
        if (r.requirement->kind == RequirementKind::Responsibility && r.status == RequirementStatus::Covered) {
            anchor = &r;
            break;
        }
    if (anchor) {
        future.append(ph.say("pitch2.future", seed,
                             {{"company", one_span(company, SpanKind::Plain)}, {"work", spoken_work(kb, *anchor)}}));
    } else {
        future.append(ph.say("pitch2.future_generic", seed, {{"company", {company, SpanKind::Plain}}}));
    }
    p.future = future.build();
    return p;
}

Rich why_company(const Knowledge& kb, const Playbook& doc, const Analysis& a, const std::string& news, const Seed& seed,
                 std::set<std::string>& used_bullets, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    RichBuilder r;
    // The company's values, each tied to something I did.
    size_t said = 0;
    for (const auto& v : a.values) {
        if (said == 2 || v.bullets.empty() || !v.named_in_job) continue;
        if (icontains(" " + a.company->values[v.value].name + " ", " your ")) continue;
        // Each answer tells a different piece of the resume.
        const BulletRef* b = nullptr;
        for (const auto& id : v.bullets)
            if (!used_bullets.count(id)) {
                b = a.bullet(id);
                break;
            }
        if (!b) continue;
        used_bullets.insert(b->bullet->id);
        r.append(ph.say(
            said == 0 ? "why_company.value_first" : "why_company.value_next", seed.about(std::to_string(said)),
            {{"company", {company, SpanKind::Plain}}, {"value", {a.company->values[v.value].name, SpanKind::Strong}}}));
        r.plain(" ").append(at_where(kb, ph, seed, *b)).plain(" ");
        ++said;
    }
    if (said == 0)
        r.append(ph.say("why_company.no_values", seed, {{"company", {company, SpanKind::Plain}}})).plain(" ");
    // What the team does, in the JD's words.
    // What the team does: named by the team, not read out from the posting.
    if (doc.job.team && !trim(*doc.job.team).empty()) {
        r.append(ph.say("why_company.team", seed, {{"team", team_ref(kb, doc.job)}}));
        r.plain(" ");
    }
    // The user's note about recent news, woven in as their own words.
    if (!trim(news).empty()) {
        r.append(ph.say("why_company.news", seed, {{"news", {strip_trailing_period(trim(news)), SpanKind::Draft}}}));
        r.plain(" ");
    }
    r.append(blank(ph, "why_company.blank", seed, {{"company", {company, SpanKind::Plain}}}));
    return r.build();
}

Rich why_role(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Seed& seed, ProseWriter& ph,
              std::set<std::string>& used_bullets) {
    RichBuilder r;
    size_t said = 0;
    for (const auto& ra : a.requirements) {
        if (said == 2) break;
        if (ra.status != RequirementStatus::Covered || ra.requirement->years || ra.requirement->degree) continue;
        const BulletRef* b = nullptr;
        for (const auto& id : ra.evidence)
            if (a.bullet(id) && !used_bullets.count(id)) {
                b = a.bullet(id);
                break;
            }
        if (!b) continue;
        used_bullets.insert(b->bullet->id);
        r.append(ph.say(said == 0 ? "why_role.first" : "why_role.next", seed.about(ra.requirement->id),
                        {{"work", spoken_work(kb, ra)}}));
        r.plain(" ").append(at_where(kb, ph, seed, *b)).plain(" ");
        ++said;
    }
    if (said == 0) r.append(ph.say("why_role.no_match", seed, {})).plain(" ");
    r.append(ph.say("why_role.close", seed, {{"role", {role_name(kb, doc.job), SpanKind::Plain}}}));
    return r.build();
}

}  // namespace

Pitch write_pitch(const Knowledge& kb, const Playbook& doc, const Analysis& a, const std::string& news,
                  ProseWriter& ph) {
    Pitch p;
    const Seed seed = seed_for(Purpose::Pitch, {doc.candidate.name.value_or(""), company_display_name(a, doc)});
    p.thirty_second = thirty_second(kb, doc, a, seed, ph);
    p.two_minute = two_minute(kb, doc, a, seed, ph);
    std::set<std::string> used_bullets;
    p.why_company = why_company(kb, doc, a, news, seed, used_bullets, ph);
    p.why_role = why_role(kb, doc, a, seed, ph, used_bullets);
    // Delivery tips: what to do, then what to avoid.
    p.tips = kb.phrases("delivery_do");
    const auto& donts = kb.phrases("delivery_dont");
    p.tips.insert(p.tips.end(), donts.begin(), donts.end());
    return p;
}

}  // namespace ip
