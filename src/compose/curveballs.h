// Curveball questions for this role family (assets/curveballs.json): the
// family's own first, then ones any interview may throw, chosen by a stable hash.
#pragma once
#include "analyze/analysis.h"

namespace ip {

std::vector<Curveball> pick_curveballs(const Knowledge& kb, const Playbook& doc, const Analysis& a, size_t count = 3);

}  // namespace ip
