#include "parse/org_and_title_words.h"

#include <vector>

#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

std::vector<std::string> lower_words(const std::string& text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '&' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
        if (keep) {
            cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (!cur.empty()) {
            words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    for (std::string& w : words)
        while (w.size() > 1 && (w.back() == '.' || w.back() == '\'')) w.pop_back();
    return words;
}

}  // namespace

int title_score(const Knowledge& kb, const std::string& text) {
    int score = 0;
    for (const std::string& w : lower_words(text)) {
        if (kb.words.has(WordList::TitleRoleNouns, w)) score += 2;
        else if (kb.words.has(WordList::TitleQualifiers, w)) score += 1;
    }
    return score;
}

namespace {

// "Microsoft (Azure)" -> "Microsoft"
std::string without_unit(const std::string& text) {
    std::string bare = trim(text);
    const size_t paren = bare.find(" (");
    if (paren != std::string::npos) bare = trim(bare.substr(0, paren));
    return bare;
}

}  // namespace

int organization_score(const Knowledge& kb, const std::string& text) {
    const std::string bare = without_unit(text);
    // Company names are short; a sentence is not worth the lookup.
    const int known = bare.size() <= 48 && kb.find_company(bare) ? 4 : 0;
    return known + organization_word_score(kb, bare);
}

int organization_word_score(const Knowledge& kb, const std::string& text) {
    int score = 0;
    const std::string bare = without_unit(text);
    for (const std::string& w : lower_words(bare))
        if (kb.words.has(WordList::TitleOrgWords, w)) score += 2;
    if (ends_with(to_lower(bare), ".com") || ends_with(to_lower(bare), ".io") || ends_with(to_lower(bare), ".ai"))
        score += 2;
    return score;
}

bool is_institution(const Knowledge& kb, const std::string& text) {
    const std::vector<std::string> words = lower_words(text);
    // "Virginia Tech", "Georgia Tech"
    if (words.size() >= 2 && words.size() <= 3 && kb.words.has(WordList::TitleSchoolLastWords, words.back()))
        return true;
    for (const std::string& w : words)
        if (kb.words.has(WordList::TitleSchoolWords, w)) return true;
    return false;
}

}  // namespace ip
