// Fit analysis: requirement-by-requirement evidence, score, strengths, gaps,
// decoding of the JD, company intelligence, hidden priorities, mistakes.
#pragma once
#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

// Fills doc.fit (except fit.priority and the prep paths, written by compose),
// doc.decode, doc.company, doc.hidden_priorities and doc.mistakes from
// doc.candidate and doc.job (the pipeline has already applied the user's
// company / role overrides to doc.job).
void analyze_fit(const Knowledge& kb, Playbook& doc);

}  // namespace ip
