// Requirement-by-requirement evidence: which resume lines prove each JD line,
// how strongly (a credit 0..1), and what is missing.
#pragma once
#include <vector>

#include "analyze/analysis.h"

namespace ip {

// Needs a.bullets and a.values filled.
std::vector<RequirementAssessment> assess_requirements(const Knowledge& kb, const Playbook& doc, const Analysis& a);

// Degree level from how resumes write it: 1 bachelor, 2 master, 3 doctorate,
// 0.5 associate, 0 unknown.
double degree_level(const std::string& degree);

}  // namespace ip
