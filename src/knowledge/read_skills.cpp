#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_skills_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "skills", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": skill #" + std::to_string(++number), error);
        SkillDef skill;
        if (!in.is_object() || !in.text("id", skill.id)) return false;
        in.name_entry(skill.id);
        if (!in.only_keys({"id", "name", "category", "aliases", "related"}) || !check_identifier(in, "id", skill.id) ||
            !in.text("name", skill.name) || !in.text("category", skill.category) ||
            !check_identifier(in, "category", skill.category) || !in.optional_text_list("aliases", skill.aliases) ||
            !in.optional_text_list("related", skill.related))
            return false;
        for (const std::string& related : skill.related)
            if (related == skill.id) return in.fail("lists itself as related");
        draft.kb.skills.push_back(std::move(skill));
        draft.skill_where.push_back(in.where());
    }
    return true;
}

}  // namespace ip
