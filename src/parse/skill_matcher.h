// Finds taxonomy skills in free text, respecting symbols and word boundaries
// ("C" is not in "CSS", "Go" is not "good", "R" is not a letter in a word).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

struct SkillHit {
    size_t skill;   // index into Knowledge::skills
    size_t offset;  // byte offset of the match in the text
    size_t length;
};

// All hits in order of appearance; overlapping shorter hits inside a longer
// one are dropped ("Spring Boot" wins over "Spring").
std::vector<SkillHit> find_skill_hits(const Knowledge& kb, std::string_view text);
// The same inside a skills list ("Tools: react, swift"), where names that are
// also everyday words need no capital.
std::vector<SkillHit> find_skill_hits_in_list(const Knowledge& kb, std::string_view text);
// Nodes of the skills graph (skills and concepts) in `text`, matched the same
// way; SkillHit::skill is a node (see Knowledge::node_name). `in_list` as above.
std::vector<SkillHit> find_concept_hits(const Knowledge& kb, std::string_view text, bool in_list);
// Canonical names of the skills in `text`, first appearance order, no duplicates.
std::vector<std::string> find_skills(const Knowledge& kb, std::string_view text);

}  // namespace ip
