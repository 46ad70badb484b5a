// The skill matcher's index over the taxonomy: every canonical name and alias
// as a token sequence, keyed by its first token, so matching a text costs one
// hash lookup per word instead of a scan of every alias. Knowledge caches it
// (Knowledge::skill_index); the reader builds it (parse/skill_index.h) with its
// own tokenizer (parse/match_tokens.h).
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

struct SkillAlias {
    size_t skill = 0;               // index into Knowledge::skills
    std::vector<std::string> keys;  // token keys (see parse/match_tokens.h)
    std::string exact;  // non-empty for 1-2 character names with a capital ("Go", "C", "R"): must match as written
    bool needs_capital =
        false;              // a common English word ("React", "Swift", "REST"): capitalised as written, outside lists
    bool all_caps = false;  // written in capitals ("REST"), so needs_capital wants capitals
    bool single_letter = false;  // "C", "R": extra guards against initials and "Series C"
};

struct SkillIndex {
    std::vector<SkillAlias> aliases;  // names first, then aliases, in taxonomy order
    std::unordered_map<std::string, std::vector<uint32_t>> by_first_key;
    const SkillDef* built_for = nullptr;  // kb.skills.data() when built
    size_t built_count = 0;
};

}  // namespace ip
