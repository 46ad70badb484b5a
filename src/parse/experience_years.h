// Years of experience from position dates, overlaps merged, "present"
// resolved by the today input; the candidate's level from titles and years.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/candidate.h"

namespace ip {

// nullopt when no position has a usable start date. Internships only count
// when the candidate has nothing else.
std::optional<double> experience_years(const std::vector<Position>& positions, const std::string& today);

// intern|junior|mid|senior|staff|principal|manager|director|executive, or ""
// when neither titles nor years say anything.
std::string candidate_seniority(const Candidate& c);

}  // namespace ip
