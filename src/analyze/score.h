// Fit score and sub-scores (skills, experience, culture), each with a
// one-sentence rationale.
#pragma once
#include "analyze/analysis.h"
#include "core/prose_writer.h"

namespace ip {

void score_fit(const Knowledge& kb, const Playbook& doc, const Analysis& a, Fit& fit, ProseWriter& ph);

}  // namespace ip
