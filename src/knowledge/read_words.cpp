#include "core/text.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"

namespace ip {

namespace {

// One list of lower-case single words, each once, into `out`.
bool read_word_list(const std::string& name, const nlohmann::json& doc, const char* key,
                    std::unordered_set<std::string>& out, std::string& error) {
    const auto list = doc.find(key);
    if (list == doc.end() || !list->is_array()) {
        error = asset_label(name) + ": expected \"" + key + "\": a list of words";
        return false;
    }
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        const std::string where = asset_label(name) + ": " + key + " #" + std::to_string(++number);
        if (!entry.is_string()) {
            error = where + ": must be a string";
            return false;
        }
        const std::string word = entry.get<std::string>();
        if (word.empty() || word.find(' ') != std::string::npos || to_lower(word) != word) {
            error = where + " (\"" + word + "\"): must be one lower-case word";
            return false;
        }
        if (!out.insert(word).second) {
            error = where + " (\"" + word + "\"): listed twice";
            return false;
        }
    }
    return true;
}

}  // namespace

bool read_words_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    if (!doc.is_object()) {
        error = asset_label(name) + ": expected an object with \"bare_nouns\" and \"measure_verbs\"";
        return false;
    }
    for (const auto& [key, value] : doc.items())
        if (key != "bare_nouns" && key != "measure_verbs" && !starts_with(key, "_")) {
            error = asset_label(name) + ": unknown key \"" + key + "\" (expected bare_nouns and measure_verbs)";
            return false;
        }
    return read_word_list(name, doc, "bare_nouns", draft.kb.bare_nouns, error) &&
           read_word_list(name, doc, "measure_verbs", draft.kb.measure_verbs, error);
}

}  // namespace ip
