// Bridge scripts for real gaps (acknowledge -> pivot -> evidence), the 4-step
// recovery for unknown answers, and curveballs with frameworks. Fills
// doc.gap_scripts, doc.recovery_steps and doc.curveballs.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

void write_gap_scripts(const Knowledge& kb, Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
