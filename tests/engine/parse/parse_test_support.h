// Shared by the parse tests: the real knowledge base (loaded once) and a
// small hand-made one whose skills the matcher tests control exactly.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip::test {

// assets/ as shipped; the test fails (REQUIREs) if it does not load.
const Knowledge& shipped_knowledge();

// A knowledge base holding only `skills` ({name, category, aliases...}).
Knowledge knowledge_with_skills(const std::vector<std::vector<std::string>>& skills);

}  // namespace ip::test
