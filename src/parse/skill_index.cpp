#include "parse/skill_index.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <string_view>

#include "core/text.h"
#include "parse/match_tokens.h"

namespace ip {

namespace {

// Technology names that are also everyday English words: in running prose
// they only count when capitalised as the product is ("React", not "react
// quickly"). Inside skill lists the guard is lifted.
bool is_english_word(std::string_view lower) {
    static constexpr std::string_view words[] = {
        "react",      "swift",      "rust",   "spark",  "express", "chef",    "puppet",  "helm",      "hive",
        "lever",      "greenhouse", "slack",  "sketch", "excel",   "epic",    "lean",    "bun",       "torch",
        "node",       "lambda",     "rails",  "flask",  "jest",    "mocha",   "chai",    "keynote",   "prefect",
        "argo",       "athena",     "dart",   "julia",  "ruby",    "elixir",  "workday", "amplitude", "snowflake",
        "confluence", "rest",       "rag",    "access", "word",    "outlook", "teams",   "project",   "unity",
        "crystal",    "scheme",     "pascal", "basic",  "ada",     "storm",   "pig",     "ant",       "make",
        "salt",       "spring",     "combine"};
    return std::find(std::begin(words), std::end(words), lower) != std::end(words);
}

bool has_upper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void add_alias(SkillIndex& index, size_t skill, const std::string& text) {
    const std::string written = trim(text);
    std::vector<MatchToken> tokens = match_tokens(written);
    if (tokens.empty()) return;
    SkillAlias alias;
    alias.skill = skill;
    for (MatchToken& t : tokens) alias.keys.push_back(std::move(t.key));
    if (written.size() <= 2 && has_upper(written)) {
        alias.exact = written;
        alias.single_letter = written.size() == 1;
    }
    alias.all_caps = has_upper(written) &&
                     std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    alias.needs_capital = alias.keys.size() == 1 && has_upper(written) && is_english_word(alias.keys[0]);
    // The same spelling twice (name repeated as an alias) adds nothing.
    auto& bucket = index.by_first_key[alias.keys[0]];
    for (uint32_t existing : bucket) {
        const SkillAlias& e = index.aliases[existing];
        if (e.skill == skill && e.keys == alias.keys && e.exact == alias.exact) return;
    }
    bucket.push_back(static_cast<uint32_t>(index.aliases.size()));
    index.aliases.push_back(std::move(alias));
}

std::shared_ptr<const SkillIndex> build_skill_index(const Knowledge& kb, bool with_concepts) {
    auto index = std::make_shared<SkillIndex>();
    const size_t skills = kb.skills.size(), concepts = with_concepts ? kb.concepts.size() : 0;
    for (size_t i = 0; i < skills; ++i) add_alias(*index, i, kb.skills[i].name);
    for (size_t c = 0; c < concepts; ++c) add_alias(*index, skills + c, kb.concepts[c].name);
    for (size_t i = 0; i < skills; ++i)
        for (const std::string& a : kb.skills[i].aliases) add_alias(*index, i, a);
    for (size_t c = 0; c < concepts; ++c)
        for (const std::string& a : kb.concepts[c].aliases) add_alias(*index, skills + c, a);
    index->built_for = kb.skills.data();
    index->built_count = skills;
    index->built_concepts = concepts;
    return index;
}

bool stale(const std::shared_ptr<const SkillIndex>& cached, const Knowledge& kb, size_t concepts) {
    return !cached || cached->built_for != kb.skills.data() || cached->built_count != kb.skills.size() ||
           cached->built_concepts != concepts;
}

}  // namespace

const SkillIndex& skill_index_for(const Knowledge& kb) {
    if (stale(kb.skill_index, kb, 0)) kb.skill_index = build_skill_index(kb, false);
    return *kb.skill_index;
}

const SkillIndex& concept_index_for(const Knowledge& kb) {
    if (stale(kb.concept_index, kb, kb.concepts.size())) kb.concept_index = build_skill_index(kb, true);
    return *kb.concept_index;
}

}  // namespace ip
