#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_phrasing_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* table = top_level_value(name, doc, "phrasing", nlohmann::json::value_t::object, error);
    if (!table) return false;
    for (const auto& item : table->items()) {
        EntryReader in(*table, asset_label(name), error);
        // A key no code asks for changes nothing: most likely a mistyped name.
        if (!phrasing_key_is_asked(item.key())) {
            error = asset_label(name) + ": phrasing " + in_quotes(item.key()) +
                    " is read by no code (the keys the engine asks for are in src/knowledge/phrasing_keys.h; "
                    "tools/phrasing-keys rewrites it)";
            return false;
        }
        std::vector<std::string> variants;
        if (!in.text_list(item.key().c_str(), variants, 1)) return false;
        for (const std::string& v : variants)
            if (!check_slots(in, item.key().c_str(), v)) return false;
        // Phrasing may be split over phrasing.json and phrasing/*.json; a key
        // defined twice would make one file silently win.
        if (draft.kb.phrasing.count(item.key())) {
            error = asset_label(name) + ": phrasing " + in_quotes(item.key()) + " is already defined in another file";
            return false;
        }
        draft.kb.phrasing[item.key()] = std::move(variants);
    }
    return true;
}

}  // namespace ip
