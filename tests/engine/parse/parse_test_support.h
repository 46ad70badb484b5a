// Shared by the parse tests: the real knowledge base (loaded once) and a
// small hand-made one whose skills the matcher tests control exactly.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip::test {

// assets/ as shipped; the test fails (REQUIREs) if it does not load.
const Knowledge& shipped_knowledge();

// A knowledge base holding only `skills` ({name, category, aliases...}) and the shipped word lists.
Knowledge knowledge_with_skills(const std::vector<std::vector<std::string>>& skills);

// Pasted resume text read as the app reads it; `today` resolves "Present".
Candidate parse_pasted_resume(const std::string& raw, const std::string& today);

// "employer | title | start..end" for each position.
std::vector<std::string> role_lines(const Candidate& c);

}  // namespace ip::test
