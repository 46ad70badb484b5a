#include "parse_test_support.h"

#include <catch2/catch.hpp>

#include "core/text.h"
#include "parse/clean_text.h"
#include "parse/resume_text.h"

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
    kb.words = shipped_knowledge().words;  // the named word lists the readers match against
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

Candidate parse_pasted_resume(const std::string& raw, const std::string& today) {
    std::vector<std::string> warnings;
    return parse_resume_text(shipped_knowledge(), clean_pasted_text(raw), today, warnings);
}

std::vector<std::string> role_lines(const Candidate& c) {
    std::vector<std::string> out;
    for (const Position& p : c.positions)
        out.push_back(p.company + " | " + p.title + " | " + p.start.value_or("?") + ".." + p.end.value_or("?"));
    return out;
}

}  // namespace ip::test
