// The experience section: position headers in every common order ("Title —
// Company", "Company, Title", "Title | Company | Dates", employer above
// several roles, roles written as list items), their bullets (wrapped lines
// rejoined), and the skills sidebar lines a two-column layout mixed in, which
// go to the skills. Career breaks, honours, certificates and page footers
// among the roles are not roles.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

struct ExperienceSection {
    std::vector<Position> positions;         // bullets carry text only; ids and facts come later
    std::vector<std::string> sidebar_lines;  // skill lists found between the positions
    std::vector<CareerBreak> career_breaks;  // "Sabbatical, Jan 2023 - Dec 2023": time away, not a role
};

// `candidate_name` (may be empty) marks the page footers a PDF repeats among the roles.
ExperienceSection read_experience_section(const Knowledge& kb, const std::vector<std::string>& lines,
                                          const std::string& candidate_name);

}  // namespace ip
