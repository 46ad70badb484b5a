#include "parse/match_tokens.h"

#include "core/text.h"

namespace ip {

namespace {

// Is there a word character at byte `i`?
bool word_at(std::string_view s, size_t i) {
    if (i >= s.size()) return false;
    if (static_cast<unsigned char>(s[i]) < 0x80) return is_ascii_alnum(s[i]);
    size_t j = i;
    return is_word_codepoint(next_codepoint(s, j));
}

// Length of the word character at byte `i` (1 for ASCII).
size_t word_length(std::string_view s, size_t i) {
    size_t j = i;
    next_codepoint(s, j);
    return j - i;
}

}  // namespace

bool is_word_codepoint(uint32_t cp) {
    if (cp < 0x80) return is_ascii_alnum(static_cast<char>(cp));
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use (symbol-font glyphs)
    if (cp == 0xFFFD || cp >= 0x1F000) return false;
    return true;
}

std::vector<MatchToken> match_tokens(std::string_view s) {
    std::vector<MatchToken> tokens;
    size_t i = 0;
    while (i < s.size()) {
        const bool leading_dot = s[i] == '.' && word_at(s, i + 1) && (i == 0 || !word_at(s, i - 1));
        if (!leading_dot && !word_at(s, i)) {
            ++i;
            continue;
        }
        MatchToken t;
        t.begin = i;
        if (leading_dot) {
            t.key += '.';
            ++i;
        }
        while (i < s.size()) {
            if (word_at(s, i)) {
                const size_t n = word_length(s, i);
                for (size_t k = 0; k < n; ++k) {
                    char c = s[i + k];
                    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                    t.key += c;
                }
                i += n;
            } else if (s[i] == '.' && word_at(s, i + 1)) {
                ++i;  // "Node.js", "ASP.NET": the dot is dropped from the key
            } else if (s[i] == '+' || s[i] == '#') {
                // "C++", "C#", "F#", "500K+": symbols closing a name, or before a version ("C++17").
                size_t j = i;
                while (j < s.size() && (s[j] == '+' || s[j] == '#')) ++j;
                const bool closes = j >= s.size() || !word_at(s, j) || (s[j] >= '0' && s[j] <= '9');
                if (!closes) break;
                t.key.append(s.substr(i, j - i));
                i = j;
            } else {
                break;
            }
        }
        t.end = i;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace ip
