#include "compose/object_article.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

// Words after which a noun phrase has its determiner, or is not a noun phrase.
bool opens_without_article(const Knowledge& kb, const std::string& w) {
    return kb.words.has(WordList::NoArticleOpeners, w);
}

// Words that end the noun phrase: its head is the word before.
bool ends_noun_phrase(const Knowledge& kb, const std::string& w) { return kb.words.has(WordList::NounPhraseEnders, w); }

// "processing" in "pipeline processing 2B events" opens a participle clause;
// in "data processing pipeline" it is part of the noun phrase, and in "threat
// modeling for" (or at the end) it is the head itself.
bool opens_participle_clause(const Knowledge& kb, const std::string& w, const std::string* next) {
    if (!ends_with(w, "ing") || !next || next->empty()) return false;
    const std::string lower_next = to_lower(*next);
    if (ends_noun_phrase(kb, lower_next)) return false;
    return !is_ascii_lower((*next)[0]) || opens_without_article(kb, lower_next);
}

bool plural_looking(const std::string& w) {
    return ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is");
}

}  // namespace

std::string article_for_object(const Knowledge& kb, std::string_view verbs, std::string_view object) {
    const std::vector<std::string> verb_words = split(to_lower(trim(verbs)), ' ');
    if (verb_words.empty() || kb.measure_verbs.count(verb_words.back())) return {};
    const std::vector<std::string> words = split(std::string(object), ' ');
    if (words.empty() || words[0].empty() || !std::isalpha(static_cast<unsigned char>(words[0][0]))) return {};
    const std::string first = to_lower(words[0]);
    if (opens_without_article(kb, first) || ends_with(first, "ly")) return {};
    // The head noun: the last word before a preposition, a participle or punctuation.
    constexpr size_t kLongestNounPhrase = 5;
    std::string head;
    for (size_t i = 0; i < words.size() && i < kLongestNounPhrase; ++i) {
        std::string w = words[i];
        if (w.empty() || w[0] == '(') break;
        const bool last = w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == ')' || w.back() == '.';
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '%') w.pop_back();
        // "... standards adopted by 6 teams": a past participle with its own
        // complement ends the phrase too ("automated tests" is one phrase).
        const std::string lower = to_lower(w);
        const std::string next = i + 1 < words.size() ? to_lower(words[i + 1]) : std::string();
        const bool participle = (kb.verb(lower) || (lower.size() >= 5 && ends_with(lower, "ed") &&
                                                    lower.find('-') == std::string::npos)) &&
                                (next.empty() || ends_noun_phrase(kb, next) || is_ascii_digit(next[0]));
        if (i > 0 && (ends_noun_phrase(kb, lower) || participle ||
                      opens_participle_clause(kb, to_lower(w), i + 1 < words.size() ? &words[i + 1] : nullptr)))
            break;
        head = w;
        if (last) break;
        if (i + 1 == kLongestNounPhrase && i + 1 < words.size()) return {};  // too long to be sure of its head
    }
    if (head.empty() || !is_ascii_lower(head[0])) return {};
    if (kb.bare_nouns.count(head) || plural_looking(head) || ends_with(head, "ing")) return {};
    if (!std::all_of(head.begin(), head.end(), [](char c) { return is_ascii_lower(c) || c == '-'; })) return {};
    return article_for(words[0]) + " ";
}

}  // namespace ip
