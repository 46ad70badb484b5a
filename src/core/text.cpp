#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace ip {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t valid_sequence_length(std::string_view s, size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return 1;
    size_t len = 0;
    uint32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes of the white space at s[i]: 1 for ASCII, 2 for U+00A0 (C2 A0), 3 for U+202F (E2 80 AF), else 0.
size_t space_length(std::string_view s, size_t i) {
    const auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (is_space_byte(s[i])) return 1;
    if (b(0) == 0xC2 && b(1) == 0xA0) return 2;
    if (b(0) == 0xE2 && b(1) == 0x80 && b(2) == 0xAF) return 3;
    return 0;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = valid_sequence_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const size_t n = valid_sequence_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

uint32_t next_codepoint(std::string_view s, size_t& i) {
    const size_t n = valid_sequence_length(s, i);
    if (n == 0) {
        ++i;
        return 0xFFFD;
    }
    auto b0 = static_cast<unsigned char>(s[i]);
    uint32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space_byte(s[b])) ++b;
    while (e > b && is_space_byte(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string fold_whitespace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (const size_t space = space_length(s, i)) {
            pending_space = !out.empty();
            i += space - 1;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '\n') {
            std::string_view line = s.substr(start, i - start);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (i < s.size() || !line.empty()) lines.emplace_back(line);
            start = i + 1;
        }
    }
    return lines;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.emplace_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        const size_t start = i;
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        if (i > start) words.emplace_back(s.substr(start, i - start));
    }
    return words;
}

size_t word_count(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (size_t i = 0; i < s.size();) {
        const size_t space = space_length(s, i);
        if (!space && !in_word) ++words;
        in_word = space == 0;
        i += space ? space : 1;
    }
    return words;
}

bool ends_mid_clause(std::string_view s) {
    const std::string t = to_lower(trim(s));
    if (t.empty()) return false;
    const char last_char = t.back();
    if (last_char == ',' || last_char == '-' || last_char == '&' || last_char == '/' || last_char == '(') return true;
    const size_t sp = t.rfind(' ');
    const std::string_view last = sp == std::string::npos ? std::string_view(t) : std::string_view(t).substr(sp + 1);
    // Words no sentence ends on: articles, conjunctions, prepositions,
    // possessives and linking verbs.
    static constexpr std::string_view joiners[] = {"a",     "an",    "the",    "and",  "or",   "of",      "to",  "for",
                                                   "with",  "in",    "on",     "by",   "from", "at",      "as",  "that",
                                                   "while", "using", "across", "into", "via",  "through", "per", "our",
                                                   "your",  "their", "is",     "are",  "be"};
    for (std::string_view w : joiners)
        if (last == w) return true;
    return false;
}

bool starts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view x) {
    return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}
bool contains(std::string_view h, std::string_view n) { return h.find(n) != std::string_view::npos; }

bool icontains(std::string_view h, std::string_view n) {
    if (n.empty()) return true;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    auto it = std::search(h.begin(), h.end(), n.begin(), n.end(), [&](char a, char b) { return lower(a) == lower(b); });
    return it != h.end();
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    if (from.empty()) return s;
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

}  // namespace ip
