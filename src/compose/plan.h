// The 30/60/90-day plan from the JD's responsibilities and the candidate's
// strengths: learn / build / own, each with a milestone.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

Plan write_plan(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
