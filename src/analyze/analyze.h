// Fit analysis: the score and its sub-scores, and the company profile. The
// prose of sections 2-3 (strengths, gaps, decoding, hidden priorities,
// mistakes, the requirement table) is written by compose from the analysis.
#pragma once
#include "analyze/analysis.h"
#include "core/prose_writer.h"
#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

// Fills doc.fit's score, label, sub-scores and their rationale, and
// doc.company, from doc.candidate and doc.job (the pipeline has already
// applied the user's company / role overrides to doc.job). `a` is doc's
// analysis (build_analysis), shared with compose; `ph` is the document's
// prose writer, shared with compose too (one ledger for the whole playbook).
void analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc, ProseWriter& ph);

}  // namespace ip
