// Lines among a resume's roles that are not roles: time away from work, an
// honour or a certificate, a page footer. The words come from
// assets/words.json (Knowledge::resume_words).
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// True when `text` holds one of `phrases` (lower-case) as whole words, in any case.
bool has_phrase(const std::string& text, const std::vector<std::string>& phrases);

// "Sabbatical — travel and caregiving, 2021–2022", "2020 – 2022: Career break";
// never a line that names a role ("Caregiving Specialist, Home Instead").
bool opens_with_career_break(const Knowledge& kb, const std::string& line);

// A header with at most one date that names an award or a certificate
// ("Regional Engineer of the Year Award, 2022", "Certificate in Project
// Management, 2020"); a dated range stays a role ("Certified Nursing
// Assistant, 2018 – 2020", "Awards Program Manager, 2019 – 2022").
bool names_honour_or_credential(const Knowledge& kb, const std::string& text, bool has_date_range);

// "Page 2 of 3", "2 of 3", or the candidate's full name alone or beside a
// date or page number ("June 3, 2026 · Jane Smith"): what a PDF repeats at
// the foot of each page.
bool is_page_footer(const Knowledge& kb, const std::string& line, const std::string& candidate_name);

}  // namespace ip
