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
    std::vector<std::string> out;
    for (const auto& t : kb.themes)
        if (matches_any_cue(lower, t.cues)) out.push_back(t.id);
    return out;
}

}  // namespace ip
