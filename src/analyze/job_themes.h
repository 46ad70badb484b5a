// The themes a job description keeps coming back to.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

// Themes of the JD by how many requirement lines show them, most first.
std::vector<std::pair<std::string, int>> job_theme_counts(const Analysis& a);

}  // namespace ip
