// Fit analysis: the score and its sub-scores, and the company profile; facts
// only. The prose of sections 2-3 (the score's rationale, strengths, gaps,
// decoding, hidden priorities, mistakes, the requirement table) is written by
// compose from the analysis and these facts.
#pragma once
#include "analyze/analysis.h"
#include "analyze/score.h"
#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

// Fills doc.fit's score, label and sub-scores, and doc.company, from
// doc.candidate and doc.job (the pipeline has already applied the user's
// company / role overrides to doc.job), and returns what the sub-scores rest
// on. `a` is doc's analysis (build_analysis), shared with compose.
ScoreFacts analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc);

}  // namespace ip
