// The requirement table: each JD line with its status and a short note that
// names the evidence, so the user can see why.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<RequirementFit> requirement_table(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                              ProseWriter& ph);

}  // namespace ip
