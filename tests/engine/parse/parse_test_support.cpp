#include "parse_test_support.h"

#include <catch2/catch.hpp>

#include "core/text.h"

namespace ip::test {

const Knowledge& shipped_knowledge() {
    static Knowledge kb;
    static std::string error;
    static const bool loaded = load_knowledge_dir(IP_SOURCE_ASSETS_DIR, kb, error);
    INFO(error);
    REQUIRE(loaded);
    return kb;
}

Knowledge knowledge_with_skills(const std::vector<std::vector<std::string>>& skills) {
    Knowledge kb;
    for (const auto& s : skills) {
        SkillDef d;
        d.name = s.at(0);
        d.category = s.at(1);
        d.id = to_lower(d.name);
        d.aliases.assign(s.begin() + 2, s.end());
        kb.skill_by_id[d.id] = kb.skills.size();
        kb.skill_by_name[to_lower(d.name)] = kb.skills.size();
        kb.skills.push_back(d);
    }
    return kb;
}

}  // namespace ip::test
