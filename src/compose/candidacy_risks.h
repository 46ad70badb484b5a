// Candidacy risks in words: for each finding of analyze/candidacy_risks.h a
// title, what the two documents say (quoted) and a short answer to prepare,
// from the "risk.<kind>..." phrasing in assets/phrasing/risks.json.
#pragma once
#include <vector>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<CandidacyRisk> write_candidacy_risks(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                                 ProseWriter& ph);

}  // namespace ip
