#include "compose/fit_rationale.h"

#include <algorithm>
#include <cmath>

#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/text.h"

namespace ip {

namespace {

std::string format_years(double y) {
    const long whole = std::lround(std::floor(y));
    const double frac = y - std::floor(y);
    if (frac >= 0.75) return std::to_string(whole + 1);
    if (frac >= 0.25) return std::to_string(whole) + ".5";
    return std::to_string(whole);
}

// Appends a sentence to `r`, a space between.
void add_sentence(Rich& r, const Rich& sentence) {
    RichBuilder b;
    b.append(r);
    if (!r.empty()) b.plain(" ");
    b.append(sentence);
    r = b.build();
}

}  // namespace

// Each sentence cites the counts its number is computed from (fit.basis), so
// the two can never disagree (docs/scoring.md).
SubscoreNotes write_fit_rationale(const Knowledge& kb, const Playbook& doc, const Analysis& a, const ScoreFacts& f,
                                  ProseWriter& ph) {
    const Candidate& c = doc.candidate;
    const ScoreBasis& basis = doc.fit.basis;
    const Seed seed = seed_for(Purpose::FitRationale, {c.name.value_or(""), doc.job.title.value_or("")});
    const std::string company = a.company->generic ? doc.job.company.value_or("this employer") : a.company->name;
    SubscoreNotes notes;
    auto take = [](std::vector<std::string> v, size_t n) {
        if (v.size() > n) v.resize(n);
        return v;
    };
    auto number = [](int n) { return SlotValue{std::to_string(n), SpanKind::Plain}; };

    const SkillsBasis& sk = basis.skills;
    SlotValues skill_slots{{"covered", number(sk.covered)},
                           {"partial", number(sk.partial)},
                           {"total", number(sk.lines)},
                           {"skills", {join_list(skill_phrases(kb, f.proven, 4)), SpanKind::Plain}}};
    const char* skills_key = sk.lines == 0                        ? "fit.skills_no_lines"
                             : sk.covered == 0 && sk.partial == 0 ? "fit.skills_none"
                             : sk.covered == 0                    ? "fit.skills_partial_only"
                             : f.proven.empty() && sk.partial > 0 ? "fit.skills_with_partial_unnamed"
                             : f.proven.empty()                   ? "fit.skills_unnamed"
                             : sk.partial > 0                     ? "fit.skills_with_partial"
                                                                  : "fit.skills";
    notes.skills = ph.say(skills_key, seed, skill_slots);
    if (!f.missing.empty())
        add_sentence(notes.skills,
                     ph.say("fit.skills_missing", seed,
                            {{"missing", {join_list(skill_phrases(kb, f.missing, 3)), SpanKind::Plain}}}));

    const ExperienceBasis& ex = basis.experience;
    std::vector<std::string> employers;
    for (const auto& p : c.positions)
        if (!p.company.empty() && std::find(employers.begin(), employers.end(), p.company) == employers.end())
            employers.push_back(p.company);
    const std::string years_text = format_years(ex.years) + (format_years(ex.years) == "1" ? " year" : " years");
    SlotValues exp_slots{{"years", {years_text, SpanKind::Plain}},
                         {"asked", number(ex.asked_years)},
                         {"employers", {join_list(take(employers, 3)), SpanKind::Plain}},
                         {"level", {std::string(name_of(ex.level)), SpanKind::Plain}},
                         {"job_level", {std::string(name_of(ex.job_level)), SpanKind::Plain}},
                         {"family", {a.job_family ? to_lower(a.job_family->name) : "this field", SpanKind::Plain}},
                         {"core_shown", number(ex.core_skills_shown)},
                         {"core", number(ex.core_skills)}};
    const int distance = level_distance(ex.level, ex.job_level);
    const bool above = level_distance(ex.level, SeniorityLevel::Intern) >
                       level_distance(ex.job_level, SeniorityLevel::Intern);
    std::string exp_key = !ex.same_field
                              ? (ex.core_skills > 0 ? "fit.experience_other_field_core" : "fit.experience_other_field")
                          : distance == 0 ? "fit.experience_match"
                          : above         ? "fit.experience_above"
                                          : "fit.experience_level_gap";
    if (ex.same_field && ex.asked_years == 0) exp_key = "fit.experience_entry";
    if (employers.empty()) exp_key = "fit.experience_no_history";
    notes.experience = ph.say(exp_key, seed, exp_slots);
    if (ex.duties > 0)
        add_sentence(notes.experience,
                     ph.say(ex.duties_partial > 0 ? "fit.experience_duties_partial" : "fit.experience_duties", seed,
                            {{"covered", number(ex.duties_covered)},
                             {"partial", number(ex.duties_partial)},
                             {"total", number(ex.duties)}}));

    const CultureBasis& cu = basis.culture;
    SlotValues culture_slots{{"company", {company, SpanKind::Plain}},
                             {"shown", number(cu.shown)},
                             {"total", number(cu.values)},
                             {"examples", {join_list(take(f.shown_value_names, 3)), SpanKind::Plain}},
                             {"missing", {join_list(take(f.focus_values_missing, 3)), SpanKind::Plain}}};
    if (a.company->generic)
        notes.culture = ph.say(cu.shown ? "fit.culture_generic" : "fit.culture_generic_none", seed, culture_slots);
    else if (a.values.empty())
        notes.culture = ph.say(cu.shown ? "fit.culture_unpublished" : "fit.culture_unpublished_none", seed,
                               culture_slots);
    else if (cu.shown == 0) notes.culture = ph.say("fit.culture_none", seed, culture_slots);
    else if (!f.focus_values_missing.empty()) notes.culture = ph.say("fit.culture_focus_missing", seed, culture_slots);
    else notes.culture = ph.say("fit.culture", seed, culture_slots);
    return notes;
}

}  // namespace ip
