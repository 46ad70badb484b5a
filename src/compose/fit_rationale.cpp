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

}  // namespace

SubscoreNotes write_fit_rationale(const Knowledge& kb, const Playbook& doc, const Analysis& a, const ScoreFacts& f,
                                  ProseWriter& ph) {
    const Candidate& c = doc.candidate;
    const Seed seed = seed_for(Purpose::FitRationale, {c.name.value_or(""), doc.job.title.value_or("")});
    const std::string company = a.company->generic ? doc.job.company.value_or("this employer") : a.company->name;
    SubscoreNotes notes;
    auto take = [](std::vector<std::string> v, size_t n) {
        if (v.size() > n) v.resize(n);
        return v;
    };
    SlotValues skill_slots{{"covered", {std::to_string(f.proven_lines), SpanKind::Plain}},
                           {"total", {std::to_string(f.skill_lines), SpanKind::Plain}},
                           {"skills", {join_list(skill_phrases(kb, f.proven, 4)), SpanKind::Plain}}};
    notes.skills = ph.say(f.proven.empty() ? "fit.skills_none" : "fit.skills", seed, skill_slots);
    if (!f.missing.empty()) {
        RichBuilder b;
        b.append(notes.skills).plain(" ");
        b.append(ph.say("fit.skills_missing", seed,
                        {{"missing", {join_list(skill_phrases(kb, f.missing, 3)), SpanKind::Plain}}}));
        notes.skills = b.build();
    }

    std::vector<std::string> employers;
    for (const auto& p : c.positions)
        if (!p.company.empty() && std::find(employers.begin(), employers.end(), p.company) == employers.end())
            employers.push_back(p.company);
    const std::string years_text = format_years(f.years) + (format_years(f.years) == "1" ? " year" : " years");
    SlotValues exp_slots{{"years", {years_text, SpanKind::Plain}},
                         {"asked", {std::to_string(f.asked_years), SpanKind::Plain}},
                         {"employers", {join_list(take(employers, 3)), SpanKind::Plain}},
                         {"level", {std::string(name_of(c.seniority.value_or(SeniorityLevel::Mid))), SpanKind::Plain}},
                         {"job_level", {std::string(name_of(a.job_level)), SpanKind::Plain}},
                         {"family", {a.job_family ? to_lower(a.job_family->name) : "this field", SpanKind::Plain}}};
    std::string exp_key = !f.same_field           ? "fit.experience_other_field"
                          : f.level_distance == 0 ? "fit.experience_match"
                          : f.above_level         ? "fit.experience_above"
                                                  : "fit.experience_level_gap";
    if (f.same_field && f.asked_years == 0) exp_key = "fit.experience_entry";
    if (employers.empty()) exp_key = "fit.experience_no_history";
    notes.experience = ph.say(exp_key, seed, exp_slots);

    SlotValues culture_slots{{"company", {company, SpanKind::Plain}},
                             {"shown", {std::to_string(f.shown_values), SpanKind::Plain}},
                             {"total", {std::to_string(a.culture.size()), SpanKind::Plain}},
                             {"examples", {join_list(take(f.shown_value_names, 3)), SpanKind::Plain}},
                             {"missing", {join_list(take(f.focus_values_missing, 3)), SpanKind::Plain}}};
    if (a.company->generic)
        notes.culture = ph.say(f.shown_values ? "fit.culture_generic" : "fit.culture_generic_none", seed,
                               culture_slots);
    else if (a.values.empty())
        notes.culture = ph.say(f.shown_values ? "fit.culture_unpublished" : "fit.culture_unpublished_none", seed,
                               culture_slots);
    else if (f.shown_values == 0) notes.culture = ph.say("fit.culture_none", seed, culture_slots);
    else if (!f.focus_values_missing.empty()) notes.culture = ph.say("fit.culture_focus_missing", seed, culture_slots);
    else notes.culture = ph.say("fit.culture", seed, culture_slots);
    return notes;
}

}  // namespace ip
