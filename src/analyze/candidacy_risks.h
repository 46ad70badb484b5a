// The candidacy risks in a resume and a posting, as facts: which kind, how
// serious, the ids and the verbatim lines that show it. compose/
// candidacy_risks.cpp words them. What each kind needs is in
// model/candidacy_risk.h; the words it reads with are assets/candidacy.json.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "knowledge/slot_template.h"

namespace ip {

struct RiskFinding {
    RiskKind kind = RiskKind::LevelAbove;
    bool serious = false;
    std::string variant;                // "" or a sub-case the phrasing words apart ("break", "between_roles")
    std::vector<std::string> evidence;  // ids that resolve in the document
    SlotValues slots;                   // what the sentences name: verbatim lines as fact spans, counts as plain
};

// Serious findings first, then in RiskKind order. Reads the date the
// playbook is generated for (doc.generated) for tenure and gaps.
std::vector<RiskFinding> find_candidacy_risks(const Knowledge& kb, const Playbook& doc, const Analysis& a);

// The country a place names ("Seattle, WA" -> "us", "Bengaluru, India" -> "in"); "" when none.
std::string country_of_location(const Knowledge& kb, const std::string& place);

}  // namespace ip
