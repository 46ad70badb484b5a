// Fit analysis: requirement-by-requirement evidence, score, strengths, gaps,
// decoding of the JD, company intelligence, hidden priorities, mistakes.
#pragma once
#include "analyze/analysis.h"
#include "core/prose_writer.h"
#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

// Fills doc.fit (except fit.priority and the prep paths, written by compose),
// doc.decode, doc.company, doc.hidden_priorities and doc.mistakes from
// doc.candidate and doc.job (the pipeline has already applied the user's
// company / role overrides to doc.job). `a` is doc's analysis
// (build_analysis), shared with compose; `ph` is the document's phrasing,
// shared with compose too (one ledger of sentences for the whole playbook).
void analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc, ProseWriter& ph);

}  // namespace ip
