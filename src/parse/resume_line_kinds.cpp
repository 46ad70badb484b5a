#include "parse/resume_line_kinds.h"

#include "core/text.h"
#include "parse/date_range.h"
#include "parse/org_and_title_words.h"

namespace ip {

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// `lower` holds `phrase` at `at` with no letter or digit either side.
bool whole_words_at(const std::string& lower, const std::string& phrase, size_t at) {
    const size_t end = at + phrase.size();
    return (at == 0 || !is_word_char(lower[at - 1])) && (end >= lower.size() || !is_word_char(lower[end]));
}

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

bool has_phrase(const std::string& text, const std::vector<std::string>& phrases) {
    const std::string lower = to_lower(text);
    for (const std::string& p : phrases)
        for (size_t at = lower.find(p); at != std::string::npos; at = lower.find(p, at + 1))
            if (whole_words_at(lower, p, at)) return true;
    return false;
}

bool opens_with_career_break(const Knowledge& kb, const std::string& line) {
    std::string rest = trim(line);
    if (auto range = find_date_range(rest)) rest = remove_date_range(rest, *range);
    if (title_score(kb, rest) > 0) return false;  // "Caregiving Specialist, Home Instead": a role
    const std::string lower = to_lower(rest);
    for (const std::string& p : kb.resume_words.career_breaks)
        if (starts_with(lower, p) && whole_words_at(lower, p, 0)) return true;
    return false;
}

bool names_honour_or_credential(const Knowledge& kb, const std::string& text, bool has_date_range) {
    return !has_date_range && has_phrase(text, kb.resume_words.honours);
}

bool is_page_footer(const Knowledge& kb, const std::string& line, const std::string& candidate_name) {
    const std::string lower = to_lower(trim(line));
    const std::vector<std::string> words = split_words(lower);
    // "Page 2", "Page 2 of 3", "2 of 3"
    if (words.size() >= 2 && words.size() <= 4 && words[0] == "page" && all_digits(words[1])) return true;
    if (words.size() == 3 && all_digits(words[0]) && words[1] == "of" && all_digits(words[2])) return true;
    // The candidate's own name, alone or beside a date or a page number (not
    // "Jane Smith Design", the candidate's own business).
    const std::string name = to_lower(trim(candidate_name));
    if (split_words(name).size() < 2 || words.size() > split_words(name).size() + 6) return false;
    const size_t at = lower.find(name);
    if (at == std::string::npos || !whole_words_at(lower, name, at)) return false;
    const std::string rest = trim(lower.substr(0, at) + " " + lower.substr(at + name.size()));
    bool letters = false, digits = false;
    for (char c : rest) {
        letters = letters || (c >= 'a' && c <= 'z');
        digits = digits || (c >= '0' && c <= '9');
    }
    if (!letters && !digits) return true;
    const auto range = find_date_range(rest);
    return digits && !(range && !range->single) && title_score(kb, rest) == 0;
}

}  // namespace ip
