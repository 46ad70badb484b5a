#include "parse/action_verb.h"

#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Past tenses that do not end in -ed, for when verbs.json lacks them.
bool irregular_past(const Knowledge& kb, const std::string& lower) {
    return kb.words.has(WordList::IrregularPasts, lower);
}

bool regular_past(const Knowledge& kb, const std::string& lower) {
    return lower.size() >= 5 && ends_with(lower, "ed") && !kb.words.has(WordList::NotPasts, lower);
}

}  // namespace

bool known_verb_form(const Knowledge& kb, const std::string& lower) {
    return kb.verb(lower) || kb.verb_other_form(lower) || irregular_past(kb, lower);
}

std::string leading_action_verb(const Knowledge& kb, std::string_view text) {
    size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    const size_t b = i;
    while (i < text.size() && (is_letter(text[i]) || (text[i] == '-' && i + 1 < text.size() && is_letter(text[i + 1]))))
        ++i;
    if (i == b || !(text[b] >= 'A' && text[b] <= 'Z')) return "";
    if (i < text.size() && (text[i] == '\'' || (text[i] >= '0' && text[i] <= '9'))) return "";
    const std::string word(text.substr(b, i - b));
    const std::string lower = to_lower(word);
    if (known_verb_form(kb, lower) || regular_past(kb, lower)) return word;
    return "";
}

}  // namespace ip
