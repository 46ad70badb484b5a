#include "analyze/score.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "analyze/role_family.h"

namespace ip {

namespace {

// Years a level usually implies when the JD does not say.
int default_years_for_level(SeniorityLevel level) {
    switch (level) {
        case SeniorityLevel::Intern:
        case SeniorityLevel::Junior: return 0;
        case SeniorityLevel::Mid: return 2;
        case SeniorityLevel::Senior:
        case SeniorityLevel::Manager: return 5;
        case SeniorityLevel::Staff: return 8;
        case SeniorityLevel::Principal:
        case SeniorityLevel::Director:
        case SeniorityLevel::Executive: return 10;
    }
    return 10;
}

bool is_skill_line(const RequirementAssessment& r) {
    const Requirement& q = *r.requirement;
    if (q.years || q.degree) return false;
    return q.competency != "values" && q.competency != "education";
}

int clamp_score(double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 100.0))); }

// --- Weights of the fit score. Changing one moves every playbook's numbers
// (and the fit labels in tests/fixtures' expectations).

// Level fit by distance on the ladder: the same level is a full match; one
// step above the hiring level is common and fine (a senior applying to a mid
// role); one step below is a stretch hiring managers do take; two steps is a
// hard sell, and further a long shot that still deserves some credit.
constexpr double kLevelFitOneAbove = 0.95;
constexpr double kLevelFitOneBelow = 0.75;
constexpr double kLevelFitTwoApart = 0.5;
constexpr double kLevelFitFarApart = 0.3;

// Another field: transferable work is worth something (the floor), the rest
// scales with how many of the target family's core skills the resume shows.
constexpr double kOtherFieldFloor = 0.2;
constexpr double kOtherFieldCoreSkills = 0.5;

// Experience: what the candidate already did (responsibilities) and whether
// the field is the same count most; years and level are what screens check
// first but say least about doing the job. Sums to 1.
constexpr double kExperienceYears = 0.25;
constexpr double kExperienceLevel = 0.2;
constexpr double kExperienceField = 0.3;
constexpr double kExperienceResponsibilities = 0.25;

// Culture: a value the posting names itself counts twice as much as one it does not:
// the employer told us it matters.
constexpr double kValueNamedInJob = 2.0;
constexpr double kValueOtherwise = 1.0;
// Culture: a floor (nobody shares none of a company's values), values shown
// by what the resume's bullets describe, values the resume names outright.
// Sums to 1; another field scales the result down (kCultureOtherField).
constexpr double kCultureFloor = 0.2;
constexpr double kCultureShown = 0.5;
constexpr double kCultureNamed = 0.3;
constexpr double kCultureOtherField = 0.8;

// Overall: skills are what a posting lists and interviews test; experience
// next; culture is the least certain reading of a resume. Sums to 1.
constexpr double kOverallSkills = 0.45;
constexpr double kOverallExperience = 0.35;
constexpr double kOverallCulture = 0.2;
// Nobody is a perfect match on paper; a perfect score would be a lie.
constexpr int kMaxScore = 97;

// The bands by score, highest first (compose names them: fit.label.*).
constexpr int kStrongMatch = 80;
constexpr int kGoodMatch = 68;
constexpr int kPartialMatch = 55;
constexpr int kStretch = 40;

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
        if (r.status == RequirementStatus::Covered) ++proven_lines;
        for (const auto& s : r.skills_used)
            if (std::find(proven.begin(), proven.end(), s) == proven.end()) proven.push_back(s);
        if (r.requirement->kind != RequirementKind::Preferred)
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
    const SeniorityLevel level = c.seniority.value_or(SeniorityLevel::Mid);
    const int distance = level_distance(level, a.job_level);
    // One step above the hiring level is common and fine; below it is a stretch.
    const bool above = level_distance(level, SeniorityLevel::Intern) >
                       level_distance(a.job_level, SeniorityLevel::Intern);
    const double level_fit = distance == 0   ? 1.0
                             : distance == 1 ? (above ? kLevelFitOneAbove : kLevelFitOneBelow)
                             : distance == 2 ? kLevelFitTwoApart
                                             : kLevelFitFarApart;
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
        field_fit = kOtherFieldFloor + kOtherFieldCoreSkills * (core ? static_cast<double>(shown) / core : 0.0);
    }
    double rw = 0, rc = 0;
    for (const auto& r : a.requirements)
        if (r.requirement->kind == RequirementKind::Responsibility) {
            rw += 1;
            rc += r.credit;
        }
    const double resp_fit = rw > 0 ? rc / rw : skills_raw;
    fit.subscores.experience = clamp_score(100.0 *
                                           (kExperienceYears * years_fit + kExperienceLevel * level_fit +
                                            kExperienceField * field_fit + kExperienceResponsibilities * resp_fit));

    // --- Culture: the company's values shown in the resume's own words.
    double vw = 0, vs = 0;
    int shown_values = 0, named_values = 0;
    std::vector<std::string> shown_names, focus_missing;
    for (const auto& v : a.values) {
        const double w = v.named_in_job ? kValueNamedInJob : kValueOtherwise;
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
    fit.subscores.culture = clamp_score(100.0 *
                                        (kCultureFloor + kCultureShown * shown_share + kCultureNamed * named_share) *
                                        (same_field ? 1.0 : kCultureOtherField));

    const double overall = kOverallSkills * fit.subscores.skills + kOverallExperience * fit.subscores.experience +
                           kOverallCulture * fit.subscores.culture;
    fit.score = std::min(kMaxScore, clamp_score(overall));

    ScoreFacts facts;
    facts.band = fit.score >= kStrongMatch    ? FitBand::StrongMatch
                 : fit.score >= kGoodMatch    ? FitBand::GoodMatch
                 : fit.score >= kPartialMatch ? FitBand::PartialMatch
                 : fit.score >= kStretch      ? FitBand::Stretch
                                              : FitBand::LongShot;
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
