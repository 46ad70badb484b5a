#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

bool read_register_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    EntryReader top(doc, asset_label(name), error);
    if (!top.is_object()) return false;
    for (const auto& item : doc.items())
        if (item.key() != "software_families" && item.key() != "foreign_words" && !starts_with(item.key(), "_"))
            return top.fail("unknown key " + in_quotes(item.key()) + " (expected software_families and foreign_words)");
    if (!top.text_list("software_families", draft.kb.software_families, 1) ||
        !check_no_duplicates(top, "software_families", draft.kb.software_families))
        return false;
    const auto table = doc.find("foreign_words");
    if (table == doc.end() || !table->is_object()) return top.fail("\"foreign_words\" must be an object");
    for (const auto& item : table->items()) {
        EntryReader in(*table, asset_label(name) + ": foreign_words", error);
        std::vector<std::string> words;
        if (!in.text_list(item.key().c_str(), words, 1) || !check_lower_case(in, item.key().c_str(), words) ||
            !check_no_duplicates(in, item.key().c_str(), words))
            return false;
        draft.kb.foreign_words[item.key()] = std::move(words);
    }
    return true;
}

}  // namespace ip
