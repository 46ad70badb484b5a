// Years of experience: the resume's own stated total when its summary states
// one ("12+ years", "over a decade"), else position dates merged, overlaps
// counted once, "present" resolved by the today input; the candidate's level
// from titles and years.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

// Merged professional years from the positions' dates; nullopt when no position
// has a usable start date. Internships, co-ops, teaching and research
// assistantships, student and volunteer roles (assets/reading.json
// non_professional_titles) never count: a new graduate has 0.
std::optional<double> experience_years(const Knowledge& kb, const std::vector<Position>& positions,
                                       const std::string& today);

// A total the candidate states for themselves, as they say it.
struct StatedYears {
    double years = 0;  // "12+ years" -> 12, "over a decade" -> 10
    std::string said;  // "12+ years", "over a decade", "ten years"
};

// The first total of experience `text` (a headline or summary) states:
// "Engineer with 7 years of experience" -> {7, "7 years"}. Not a window ("in
// 2 years", "over the last 3 years") or an age ("5 years ago").
std::optional<StatedYears> stated_years(const Knowledge& kb, const std::string& text);

// intern|junior|mid|senior|staff|principal|manager|director|executive, or ""
// when neither titles nor years say anything.
std::optional<SeniorityLevel> candidate_seniority(const Candidate& c);

}  // namespace ip
