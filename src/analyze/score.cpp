#include "analyze/score.h"

#include <algorithm>
#include <set>

#include "analyze/score_formula.h"

namespace ip {

namespace {

bool is_skill_line(const RequirementAssessment& r) {
    const Requirement& q = *r.requirement;
    if (q.years || q.degree) return false;
    return q.competency != "values" && q.competency != "education";
}

void count_status(RequirementStatus s, int& covered, int& partial) {
    if (s == RequirementStatus::Covered) ++covered;
    else if (s == RequirementStatus::Partial) ++partial;
}

void add_once(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

}  // namespace

ScoreFacts score_fit(const Knowledge& kb, const Playbook& doc, const Analysis& a, Fit& fit) {
    const Candidate& c = doc.candidate;
    const ScoringTable& table = kb.scoring;
    ScoreFacts facts;
    ScoreBasis& basis = fit.basis;
    basis = ScoreBasis{};

    // --- Skills: the lines that name skills or competencies, by status.
    for (const auto& r : a.requirements) {
        if (!is_skill_line(r)) continue;
        ++basis.skills.lines;
        count_status(r.status, basis.skills.covered, basis.skills.partial);
        for (const auto& s : r.skills_used) add_once(facts.proven, s);
        if (r.requirement->kind != RequirementKind::Preferred)
            for (const auto& s : r.skills_missing) add_once(facts.missing, s);
    }

    // --- Experience: years, level, field, and the duties already done.
    ExperienceBasis& e = basis.experience;
    for (const auto& r : doc.job.requirements)
        if (r.years && !r.logistics) e.asked_years = std::max(e.asked_years, *r.years);
    if (e.asked_years == 0) e.asked_years = table.years_for_level[static_cast<size_t>(a.job_level)];
    e.years = c.years_experience.value_or(0);
    e.level = c.seniority.value_or(SeniorityLevel::Mid);
    e.job_level = a.job_level;
    e.same_field = !a.job_family || (a.candidate_family && a.job_family->id == a.candidate_family->id);
    if (!e.same_field) {
        std::set<std::string> held;
        for (const auto& s : c.skills) held.insert(s.name);
        for (const auto& id : a.job_family->core_skills) {
            const SkillDef* s = kb.skill(id);
            if (!s) continue;
            ++e.core_skills;
            if (held.count(s->name)) ++e.core_skills_shown;
        }
    }
    for (const auto& r : a.requirements)
        if (r.requirement->kind == RequirementKind::Responsibility) {
            ++e.duties;
            count_status(r.status, e.duties_covered, e.duties_partial);
        }

    // --- Culture: the company's values (or, for a company without published values, what most
    // employers look for) the resume's bullets show.
    for (const auto& v : a.culture) {
        ++basis.culture.values;
        if (!v.bullets.empty()) {
            ++basis.culture.shown;
            facts.shown_value_names.push_back(a.culture_profile->values[v.value].name);
        } else if (v.named_in_job) {
            facts.focus_values_missing.push_back(a.culture_profile->values[v.value].name);
        }
    }

    fit.subscores.skills = skills_score(table, basis.skills);
    fit.subscores.experience = experience_score(table, basis.experience);
    fit.subscores.culture = culture_score(table, basis.culture);
    fit.score = overall_score(table, fit.subscores);
    facts.band = score_band(table, fit.score).band;
    return facts;
}

}  // namespace ip
