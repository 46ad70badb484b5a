#include "analyze/score_formula.h"

#include <algorithm>
#include <cmath>

namespace ip {

namespace {

int to_score(double share) { return static_cast<int>(std::lround(std::clamp(100.0 * share, 0.0, 100.0))); }

// The mean credit of `lines` lines, `covered` of them covered and `partial` partly.
double line_share(const ScoringTable& t, int lines, int covered, int partial) {
    return lines > 0 ? (t.covered * covered + t.partial * partial) / lines : 0.0;
}

double level_fit(const ScoringTable& t, SeniorityLevel candidate, SeniorityLevel job) {
    const int distance = level_distance(candidate, job);
    const bool above = level_distance(candidate, SeniorityLevel::Intern) > level_distance(job, SeniorityLevel::Intern);
    if (distance == 0) return t.level_same;
    if (distance == 1) return above ? t.level_one_above : t.level_one_below;
    return distance == 2 ? t.level_two_apart : t.level_far_apart;
}

}  // namespace

int skills_score(const ScoringTable& t, const SkillsBasis& b) {
    return to_score(line_share(t, b.lines, b.covered, b.partial));
}

int experience_score(const ScoringTable& t, const ExperienceBasis& b) {
    const double years = b.asked_years <= 0 ? 1.0 : std::min(1.0, b.years / b.asked_years);
    const double field = b.same_field
                             ? 1.0
                             : t.other_field_floor + t.other_field_core_skills *
                                                         (b.core_skills > 0
                                                              ? static_cast<double>(b.core_skills_shown) / b.core_skills
                                                              : 0.0);
    double sum = t.years * years + t.level * level_fit(t, b.level, b.job_level) + t.field * field;
    if (b.duties > 0) return to_score(sum + t.duties * line_share(t, b.duties, b.duties_covered, b.duties_partial));
    // No duty lines: the other three parts share the duties weight in proportion.
    const double rest = t.years + t.level + t.field;
    return to_score(rest > 0 ? sum / rest : 0.0);
}

int culture_score(const ScoringTable& t, const CultureBasis& b) {
    const double shown = b.values > 0 ? static_cast<double>(b.shown) / b.values : 0.0;
    return to_score(t.culture_floor + t.culture_shown * shown);
}

int overall_score(const ScoringTable& t, const Subscores& s) {
    const double v = t.overall_skills * s.skills + t.overall_experience * s.experience + t.overall_culture * s.culture;
    return std::min(t.max_score, static_cast<int>(std::lround(std::clamp(v, 0.0, 100.0))));
}

const ScoreBand& score_band(const ScoringTable& t, int score) {
    for (const ScoreBand& b : t.bands)
        if (score >= b.min) return b;
    return t.bands.back();
}

}  // namespace ip
