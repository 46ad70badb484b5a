// The fit's one-paragraph summary: the label, the two strongest strengths and the main gap.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

// Reads doc.fit's label, strengths and gaps.
Rich fit_summary(const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
