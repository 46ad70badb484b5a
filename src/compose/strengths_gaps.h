// The three strengths and up to three gaps, each with a paragraph that quotes
// the JD and the resume and says why it matters for this company.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<Strength> pick_strengths(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);
std::vector<Gap> pick_gaps(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
