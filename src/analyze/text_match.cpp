#include "analyze/text_match.h"

#include "core/text.h"

namespace ip {

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

bool matches_cue(std::string_view text, std::string_view cue) {
    if (cue.empty()) return false;
    const bool prefix = cue.back() == '*';
    if (prefix) cue.remove_suffix(1);
    if (cue.empty()) return false;
    size_t pos = 0;
    while ((pos = text.find(cue, pos)) != std::string_view::npos) {
        const bool left_ok = pos == 0 || !is_word_char(text[pos - 1]) || !is_word_char(cue.front());
        const size_t end = pos + cue.size();
        const bool right_ok = prefix || end >= text.size() || !is_word_char(text[end]) || !is_word_char(cue.back());
        if (left_ok && right_ok) return true;
        ++pos;
    }
    return false;
}

bool matches_any_cue(std::string_view lower_text, const std::vector<std::string>& cues) {
    for (const auto& c : cues)
        if (matches_cue(lower_text, c)) return true;
    return false;
}

std::vector<std::string> themes_in(const Knowledge& kb, std::string_view text) {
    const std::string lower = to_lower(text);
    std::vector<bool> shown(kb.themes.size(), false);
    for (size_t pos = 0; pos < lower.size(); ++pos) {
        // The cues listed under this byte start with it; one starting with a
        // word character only matches at the start of a word.
        if (pos > 0 && is_word_char(lower[pos]) && is_word_char(lower[pos - 1])) continue;
        for (const ThemeCue& cue : kb.theme_cues_by_first_byte[static_cast<unsigned char>(lower[pos])]) {
            if (shown[cue.theme] || lower.compare(pos, cue.text.size(), cue.text) != 0) continue;
            const size_t end = pos + cue.text.size();
            if (cue.prefix || end >= lower.size() || !is_word_char(lower[end]) || !is_word_char(cue.text.back()))
                shown[cue.theme] = true;
        }
    }
    std::vector<std::string> out;
    for (size_t i = 0; i < kb.themes.size(); ++i)
        if (shown[i]) out.push_back(kb.themes[i].id);
    return out;
}

}  // namespace ip
