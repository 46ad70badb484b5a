// The fit's label ("Strong match") and its one-paragraph summary: the label,
// the two strongest strengths and the main gap.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"
#include "model/fit_band.h"

namespace ip {

// The band in words, from phrasing key fit.label.<band name>.
std::string fit_label(const Playbook& doc, FitBand band, ProseWriter& ph);

// Reads doc.fit's label, strengths and gaps.
Rich fit_summary(const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
