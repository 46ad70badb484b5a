#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_themes_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "themes", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": theme #" + std::to_string(++number), error);
        ThemeDef theme;
        if (!in.is_object() || !in.text("id", theme.id)) return false;
        in.name_entry(theme.id);
        if (!in.only_keys({"id", "label", "cues", "probe", "mistake_title", "mistake", "outside_software"}) ||
            !check_identifier(in, "id", theme.id) || !in.text("label", theme.label) ||
            !check_lower_case(in, "label", {theme.label}) || !in.text_list("cues", theme.cues, 1) ||
            !check_lower_case(in, "cues", theme.cues) || !check_no_duplicates(in, "cues", theme.cues) ||
            !in.text("probe", theme.probe) || !in.text("mistake_title", theme.mistake_title) ||
            !in.text("mistake", theme.mistake) || !check_slots(in, "mistake", theme.mistake, {"company"}))
            return false;
        if (to_lower(theme.probe.substr(0, 1)) != theme.probe.substr(0, 1) || !ends_with(theme.probe, "?"))
            return in.fail("\"probe\" must start in lower case and end with \"?\"");
        if (entry.contains("outside_software")) {
            EntryReader field(entry["outside_software"], in.where() + ", outside_software", error);
            if (!field.is_object() || !field.only_keys({"probe", "mistake_title", "mistake"}) ||
                !field.text("probe", theme.field_probe) || !field.text("mistake_title", theme.field_mistake_title) ||
                !field.text("mistake", theme.field_mistake) ||
                !check_slots(field, "mistake", theme.field_mistake, {"company"}))
                return false;
            if (to_lower(theme.field_probe.substr(0, 1)) != theme.field_probe.substr(0, 1) ||
                !ends_with(theme.field_probe, "?"))
                return field.fail("\"probe\" must start in lower case and end with \"?\"");
        }
        draft.kb.themes.push_back(std::move(theme));
        draft.theme_where.push_back(in.where());
    }
    return true;
}

}  // namespace ip
