#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_story_kinds_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                           std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "kinds", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": kind #" + std::to_string(++number), error);
        StoryKindDef kind;
        if (!in.is_object() || !in.text("id", kind.id)) return false;
        in.name_entry(kind.id);
        // The last kind is the fallback and needs no words.
        const bool fallback = number == list->size();
        if (!in.only_keys({"id", "label", "verbs", "cues", "answers"}) || !check_identifier(in, "id", kind.id) ||
            !in.text("label", kind.label) || !check_lower_case(in, "label", {kind.label}) ||
            !in.optional_text_list("verbs", kind.verbs) || !check_lower_case(in, "verbs", kind.verbs) ||
            !check_no_duplicates(in, "verbs", kind.verbs) || !in.optional_text_list("cues", kind.cues) ||
            !check_lower_case(in, "cues", kind.cues) || !check_no_duplicates(in, "cues", kind.cues) ||
            !in.text_list("answers", kind.answers, 1))
            return false;
        if (!fallback && kind.verbs.empty() && kind.cues.empty()) return in.fail("needs \"verbs\" or \"cues\"");
        draft.kb.story_kinds.push_back(std::move(kind));
        draft.story_kind_where.push_back(in.where());
    }
    if (draft.kb.story_kinds.empty()) {
        error = asset_label(name) + ": \"kinds\" is empty";
        return false;
    }
    return true;
}

}  // namespace ip
