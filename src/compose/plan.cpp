#include "compose/plan.h"

#include <algorithm>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bridge_script.h"
#include "compose/focus_values.h"
#include "compose/job_refs.h"
#include "compose/resume_voice.h"
#include "compose/skill_prose.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// roles.json writes its ideas to the reader ("the services you will own");
// the plan is the candidate's own handout, so they become first person.
std::string first_person_idea(const std::string& idea) {
    std::string out;
    const std::vector<std::string> words = split(idea, ' ');
    for (size_t i = 0; i < words.size(); ++i) {
        std::string w = words[i];
        std::string tail;
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';')) {
            tail.insert(tail.begin(), w.back());
            w.pop_back();
        }
        const bool last = i + 1 == words.size() || !tail.empty();
        if (w == "you") w = last ? "me" : "I";
        else if (w == "your") w = "my";
        else if (w == "yours") w = "mine";
        out += (out.empty() ? "" : " ") + w + tail;
    }
    return capitalize_first(ensure_period(out));
}

// One idea of the family's list for this phase, chosen by a stable hash.
Rich family_idea(const std::vector<std::string>& ideas, const Seed& seed, size_t offset = 0) {
    if (ideas.empty()) return {};
    return one_span(first_person_idea(ideas[(seed.pick(ideas.size()) + offset) % ideas.size()]), SpanKind::Plain);
}

// The first variant of `key` (in rotation) whose slots can all be filled.
Rich fillable(ProseWriter& ph, const Seed& seed, const std::string& key, const SlotValues& slots) {
    const std::optional<size_t> i = ph.next_fillable(key, seed, slots);
    return i ? ph.fill(ph.variants(key)[*i], slots) : Rich{};
}

SlotValues with_slot(SlotValues slots, const std::string& name, Rich value) {
    slots[name] = std::move(value);
    return slots;
}

void add(std::vector<Rich>& list, const Rich& item) {
    if (!item.empty()) list.push_back(item);
}

// A skill the JD asks for and the resume shows in a bullet: what the candidate builds on.
std::string shared_skill(const Analysis& a) {
    for (const auto& r : a.requirements)
        if (!r.skills_used.empty()) return r.skills_used.front();
    return {};
}

// Up to three skills the JD asks for that the resume names anywhere, joined.
std::string matched_skills(const Knowledge& kb, const Analysis& a) {
    std::vector<std::string> out;
    for (const auto& r : a.requirements)
        for (const auto* list : {&r.skills_used, &r.skills_listed})
            for (const auto& s : *list)
                if (out.size() < 3 && std::find(out.begin(), out.end(), prose_skill(kb, s)) == out.end())
                    out.push_back(prose_skill(kb, s));
    return join_list(out);
}

// A skill or topic the JD asks for that the resume does not show: what the candidate is keen to learn.
std::string learning_topic(const Knowledge& kb, const Playbook& doc, const Analysis& a) {
    for (const RequirementAssessment* r : scripted_gaps(doc, a))
        if (r->requirement->competency != "values" && !r->requirement->years && !r->requirement->degree)
            return gap_noun(kb, *r);
    for (const auto& r : a.requirements)
        if (!r.skills_missing.empty()) return prose_skill(kb, r.skills_missing.front());
    return {};
}

}  // namespace

Plan write_plan(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const std::string name = doc.candidate.name.value_or(""), title = doc.job.title.value_or("");
    const Seed seed = seed_for(Purpose::Plan, {name, company, title});
    const Seed learn = seed_for(Purpose::PlanLearn, {name, company, title});
    const Seed build = seed_for(Purpose::PlanBuild, {name, company, title});
    const Seed own = seed_for(Purpose::PlanOwn, {name, company, title});
    const RoleFamily* family = a.job_family ? a.job_family : kb.role("general");
    const auto lines = work_lines(a);
    auto jd = [&](size_t i) { return i < lines.size() ? spoken_work(kb, *lines[i]) : Rich{}; };
    SlotValues base{{"company", one_span(company, SpanKind::Plain)}, {"team", team_ref(kb, doc.job)}};
    if (const std::string skill = shared_skill(a); !skill.empty())
        base["skill"] = one_span(prose_skill(kb, skill), SpanKind::Plain);
    const auto values = focus_values(a);

    // Strength bullets: what the candidate brings, in their own words.
    const std::vector<const BulletRef*> strengths = strength_bullets(doc, a, 3);

    Plan p;
    // Days 1-30: learn the team's work and the company's ways; say where the background shortens the ramp.
    if (!lines.empty()) add(p.days_30.focus, ph.next("plan.learn_jd", seed, with_slot(base, "work", jd(0))));
    if (family) add(p.days_30.focus, family_idea(family->learn, learn));
    if (!a.company->generic && !values.empty()) {
        SlotValues s = base;
        s["value"] = one_span(values.front().def->name, SpanKind::Strong);
        add(p.days_30.focus, ph.next("plan.learn_value", seed, s));
    }
    // Lines that read as "I <did> ..." first; a line without a verb would have to be quoted.
    std::vector<const BulletRef*> spoken;
    for (const BulletRef* b : strengths)
        if (speaks_as_action(kb, *b)) spoken.push_back(b);
    for (size_t i = 0; i < spoken.size() && i < 2; ++i) {
        SlotValues s = base;
        s["employer"] = employer_ref(*spoken[i]);
        s["achievement"] = achievement(kb, *spoken[i], 100);
        add(p.days_30.background_helps, ph.next("plan.background", seed, s));
    }
    if (p.days_30.background_helps.empty())
        if (const std::string skills = matched_skills(kb, a); !skills.empty())
            add(p.days_30.background_helps,
                ph.next("plan.background_skills", seed, with_slot(base, "skills", one_span(skills, SpanKind::Plain))));
    add(p.days_30.milestone, fillable(ph, seed, "plan30_milestone", base));

    // Days 31-60: build on a JD responsibility with the candidate's own experience.
    if (lines.size() > 1 && !strengths.empty()) {
        SlotValues s = base;
        s["work"] = jd(1);
        s["employer"] = employer_ref(*strengths.front());
        add(p.days_60.focus, ph.next("plan.build_jd", seed, s));
    }
    if (family) add(p.days_60.focus, family_idea(family->build, build));
    if (family && p.days_60.focus.size() < 2) add(p.days_60.focus, family_idea(family->build, build, 1));
    if (const std::string topic = learning_topic(kb, doc, a); !topic.empty()) {
        SlotValues s = base;
        s["skill"] = one_span(topic, SpanKind::Plain);
        add(p.days_60.excited_to_learn, fillable(ph, seed, "plan60_learn", s));
    }
    if (!a.company->generic) add(p.days_60.excited_to_learn, fillable(ph, seed, "plan.learn_company", base));
    add(p.days_60.milestone, fillable(ph, seed, "plan60_milestone", base));

    // Days 61-90: own an area, and know what to look into first.
    if (family) add(p.days_90.focus, family_idea(family->own, own));
    if (lines.size() > 2) add(p.days_90.focus, ph.next("plan.own_jd", seed, with_slot(base, "work", jd(2))));
    else if (family) add(p.days_90.focus, family_idea(family->own, own, 1));
    add(p.days_90.diagnose_first, fillable(ph, seed, "plan90_diagnose", base));
    add(p.days_90.diagnose_first, fillable(ph, seed, "plan90_diagnose", base));
    if (!lines.empty())
        add(p.days_90.diagnose_first, ph.next("plan.diagnose_jd", seed, with_slot(base, "work", jd(0))));
    add(p.days_90.milestone, fillable(ph, seed, "plan90_milestone", base));
    return p;
}

}  // namespace ip
