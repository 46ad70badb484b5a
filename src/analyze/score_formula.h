// The fit score's formulas: the numbers from the counts in fit.basis and the
// weights in assets/scoring.json (docs/scoring.md). The only place a
// sub-score is computed, so the counts a sentence cites are the counts its
// number comes from.
#pragma once
#include <string>

#include "knowledge/scoring_table.h"
#include "model/playbook.h"

namespace ip {

int skills_score(const ScoringTable& t, const SkillsBasis& b);
int experience_score(const ScoringTable& t, const ExperienceBasis& b);
int culture_score(const ScoringTable& t, const CultureBasis& b);
int overall_score(const ScoringTable& t, const Subscores& s);
// The band an overall score falls in: "Strong match", ... (the table's last band starts at 0).
const ScoreBand& score_band(const ScoringTable& t, int score);

}  // namespace ip
