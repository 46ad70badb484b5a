#include "analyze/score.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "analyze/role_family.h"

namespace ip {

namespace {

// Years a level usually implies when the JD does not say.
int default_years_for_level(const std::string& level) {
    if (level == "intern" || level == "junior") return 0;
    if (level == "mid") return 2;
    if (level == "senior" || level == "manager") return 5;
    if (level == "staff") return 8;
    return 10;
}

bool is_skill_line(const RequirementAssessment& r) {
    const Requirement& q = *r.requirement;
    if (q.years || q.degree) return false;
    return q.competency != "values" && q.competency != "education";
}

int clamp_score(double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 100.0))); }

}  // namespace

ScoreFacts score_fit(const Knowledge& kb, const Playbook& doc, const Analysis& a, Fit& fit) {
    const Candidate& c = doc.candidate;

    // --- Skills: weighted credit over the lines that name skills or competencies.
    double wsum = 0, csum = 0;
    std::vector<std::string> proven, missing;
    int proven_lines = 0, skill_lines = 0;
    for (const auto& r : a.requirements) {
        if (!is_skill_line(r)) continue;
        wsum += r.weight;
        csum += r.weight * r.credit;
        ++skill_lines;
        if (r.status == "covered") ++proven_lines;
        for (const auto& s : r.skills_used)
            if (std::find(proven.begin(), proven.end(), s) == proven.end()) proven.push_back(s);
        if (r.requirement->kind != "preferred")
            for (const auto& s : r.skills_missing)
                if (std::find(missing.begin(), missing.end(), s) == missing.end()) missing.push_back(s);
    }
    const double skills_raw = wsum > 0 ? csum / wsum : 0.0;
    fit.subscores.skills = clamp_score(100.0 * skills_raw);

    // --- Experience: years, level, field, and the responsibilities already done.
    int asked_years = 0;
    for (const auto& r : doc.job.requirements)
        if (r.years) asked_years = std::max(asked_years, *r.years);
    if (asked_years == 0) asked_years = default_years_for_level(a.job_level);
    const double years = c.years_experience.value_or(0);
    const double years_fit = asked_years == 0 ? 1.0 : std::min(1.0, years / asked_years);
    const int distance = level_distance(c.seniority.empty() ? "mid" : c.seniority, a.job_level);
    // One step above the hiring level is common and fine; below it is a stretch.
    const bool above = level_distance(c.seniority.empty() ? "mid" : c.seniority, "intern") >
                       level_distance(a.job_level, "intern");
    const double level_fit = distance == 0 ? 1.0 : distance == 1 ? (above ? 0.95 : 0.75) : distance == 2 ? 0.5 : 0.3;
    const bool same_field = a.job_family && a.candidate_family && a.job_family->id == a.candidate_family->id;
    double field_fit = 1.0;
    if (!same_field && a.job_family) {
        int core = 0, shown = 0;
        std::set<std::string> cand;
        for (const auto& s : c.skills) cand.insert(s.name);
        for (const auto& id : a.job_family->core_skills) {
            const SkillDef* s = kb.skill(id);
            if (!s) continue;
            ++core;
            if (cand.count(s->name)) ++shown;
        }
        field_fit = 0.2 + 0.5 * (core ? static_cast<double>(shown) / core : 0.0);
    }
    double rw = 0, rc = 0;
    for (const auto& r : a.requirements)
        if (r.requirement->kind == "responsibility") {
            rw += 1;
            rc += r.credit;
        }
    const double resp_fit = rw > 0 ? rc / rw : skills_raw;
    fit.subscores.experience =
        clamp_score(100.0 * (0.25 * years_fit + 0.2 * level_fit + 0.3 * field_fit + 0.25 * resp_fit));

    // --- Culture: the company's values shown in the resume's own words.
    double vw = 0, vs = 0;
    int shown_values = 0, named_values = 0;
    std::vector<std::string> shown_names, focus_missing;
    for (const auto& v : a.values) {
        const double w = v.named_in_job ? 2.0 : 1.0;
        vw += w;
        if (!v.bullets.empty()) {
            vs += w;
            ++shown_values;
            shown_names.push_back(a.company->values[v.value].name);
        } else if (v.named_in_job) {
            focus_missing.push_back(a.company->values[v.value].name);
        }
        if (v.named_in_resume) ++named_values;
    }
    const double shown_share = vw > 0 ? vs / vw : 0.0;
    const double named_share = a.values.empty() ? 0.0 : static_cast<double>(named_values) / a.values.size();
    fit.subscores.culture = clamp_score(100.0 * (0.2 + 0.5 * shown_share + 0.3 * named_share) * (same_field ? 1.0 : 0.8));

    const double overall =
        0.45 * fit.subscores.skills + 0.35 * fit.subscores.experience + 0.2 * fit.subscores.culture;
    // Nobody is a perfect match on paper; a perfect score would be a lie.
    fit.score = std::min(97, clamp_score(overall));
    fit.label = fit.score >= 80 ? "Strong match"
                : fit.score >= 68 ? "Good match"
                : fit.score >= 55 ? "Partial match"
                : fit.score >= 40 ? "Stretch"
                                  : "Long shot";

    ScoreFacts facts;
    facts.proven = std::move(proven);
    facts.missing = std::move(missing);
    facts.proven_lines = proven_lines;
    facts.skill_lines = skill_lines;
    facts.years = years;
    facts.asked_years = asked_years;
    facts.level_distance = distance;
    facts.above_level = above;
    facts.same_field = same_field;
    facts.shown_values = shown_values;
    facts.shown_value_names = std::move(shown_names);
    facts.focus_values_missing = std::move(focus_missing);
    return facts;
}

}  // namespace ip
