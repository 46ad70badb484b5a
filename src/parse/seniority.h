// Levels (intern|junior|mid|senior|staff|principal|manager|director|executive)
// read from job titles, and from years when a title says nothing.
#pragma once
#include <optional>
#include <string>

#include "model/seniority_level.h"

namespace ip {

// "Software Development Engineer II" -> mid, "Senior Accountant" -> senior,
// "Engineering Manager" -> manager, "Software Engineer" -> nullopt.
std::optional<SeniorityLevel> title_level(const std::string& title);

// The level years of experience alone suggest (never above senior).
SeniorityLevel level_from_years(double years);

}  // namespace ip
