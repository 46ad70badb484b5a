// Which requirement lines are the candidate's gaps, most important first.
#pragma once
#include <vector>

#include "analyze/analysis.h"

namespace ip {

// Requirement assessments ranked as gaps (most important shortfall first,
// near-duplicates removed); the gaps section (compose/strengths_gaps) writes
// the first three, and the bridge scripts follow the same order.
std::vector<const RequirementAssessment*> ranked_gaps(const Analysis& a);

}  // namespace ip
