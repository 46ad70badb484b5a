#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_verbs_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "verbs", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": verb #" + std::to_string(++number), error);
        VerbDef verb;
        if (!in.is_object() || !in.text("past", verb.past)) return false;
        in.name_entry(verb.past);
        if (!in.only_keys({"past", "base", "gerund", "themes", "seniority"}) || !in.text("base", verb.base) ||
            !in.text("gerund", verb.gerund) ||
            !check_lower_case(in, "past/base/gerund", {verb.past, verb.base, verb.gerund}) ||
            !in.text_list("themes", verb.themes) || !check_themes(in, "themes", verb.themes) ||
            !in.integer("seniority", verb.seniority, 0, 2))
            return false;
        // Verbs are looked up by the first word of a bullet, so each form is one word.
        for (const std::string& form : {verb.past, verb.base, verb.gerund})
            if (form.find(' ') != std::string::npos)
                return in.fail("verb form " + in_quotes(form) + " must be one word");
        draft.kb.verbs.push_back(std::move(verb));
        draft.verb_where.push_back(in.where());
    }
    return true;
}

}  // namespace ip
