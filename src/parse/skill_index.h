// Building the skill matcher's index (knowledge/skill_index.h) with the
// reader's tokenizer, once per knowledge base.
#pragma once
#include "knowledge/knowledge.h"
#include "knowledge/skill_index.h"

namespace ip {

// The index for `kb`, built on first use and cached in kb.skill_index.
const SkillIndex& skill_index_for(const Knowledge& kb);

}  // namespace ip
