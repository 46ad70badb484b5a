// Which role family a title belongs to (software, product, nursing, ...).
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// Best family for a title, using the skills as a tie-breaker; the "general"
// family when nothing matches (never null if the knowledge base has "general").
const RoleFamily* family_for_title(const Knowledge& kb, const std::string& title,
                                   const std::vector<std::string>& skills);

// Level words in a title: "Senior" -> senior, "SDE II" -> mid, "Staff" -> staff.
std::string level_from_title(const std::string& title);

// Distance between two levels on the ladder (0 = same).
int level_distance(const std::string& a, const std::string& b);

}  // namespace ip
