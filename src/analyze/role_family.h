// Which role family a title belongs to (software, product, nursing, ...).
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// Best family for a title, using the skills as a tie-breaker; the fallback
// family (roles.json's "fallback": true) when nothing matches, null only when
// the knowledge base has none.
const RoleFamily* family_for_title(const Knowledge& kb, const std::string& title,
                                   const std::vector<std::string>& skills);

}  // namespace ip
