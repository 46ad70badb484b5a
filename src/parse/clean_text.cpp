#include "parse/clean_text.h"

#include <array>
#include <vector>

#include "core/text.h"
#include "parse/bullet_marker.h"

namespace ip {

namespace {

bool is_pictograph(uint32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x26FF) || cp == 0x2709 || cp == 0x260E ||
           cp == 0x2706 || cp == 0x2707;
}

// Character-level normalisation: line breaks, invisible characters, exotic
// spaces, smart punctuation, ligatures, icons. Leaves dashes and bullets that
// carry structure alone.
std::string normalize_characters(std::string_view raw) {
    const std::string s = repair_utf8(raw);
    // clang-format on
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const size_t at = i;
        const uint32_t cp = next_codepoint(s, i);
        switch (cp) {
            case '\r':
                if (i < s.size() && s[i] == '\n') ++i;
                out += '\n';
                continue;
            case '\f':
            case '\v':
            case 0x2028:
            case 0x2029:
            case 0x85: out += '\n'; continue;
            case '\t':
                out += "    ";  // column alignment: kept as a wide gap
                continue;
            case 0xFEFF:
            case 0x200B:
            case 0x200C:
            case 0x200D:
            case 0x2060:
            case 0x00AD:
            case 0xFE0F:
            case 0xFE0E: continue;
            case 0x2018:
            case 0x2019:
            case 0x201A:
            case 0x201B:
            case 0x2032:
            case 0x00B4:
            case 0x0060: out += '\''; continue;
            case 0x201C:
            case 0x201D:
            case 0x201E:
            case 0x2033: out += '"'; continue;
            case 0x2010:
            case 0x2011:
            case 0x2012:
            case 0x2212: out += '-'; continue;
            case 0x2026: out += "..."; continue;
            case 0xFB00: out += "ff"; continue;
            case 0xFB01: out += "fi"; continue;
            case 0xFB02: out += "fl"; continue;
            case 0xFB03: out += "ffi"; continue;
            case 0xFB04: out += "ffl"; continue;
            case 0xFB05:
            case 0xFB06: out += "st"; continue;
            default: break;
        }
        if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000) {
            out += ' ';
        } else if (cp >= 0xF000 && cp <= 0xF0FF) {
            if (is_bullet_glyph(cp)) out += "\xE2\x80\xA2";  // symbol-font bullet -> U+2022
        } else if (cp < 0x20 && cp != '\n') {
            // other control characters carry nothing
        } else if (is_pictograph(cp)) {
            out += ' ';
        } else {
            out.append(s, at, i - at);
        }
    }
    return out;
}

size_t skip_spaces(const std::string& s, size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// "1." "12)" "(3)" "a)" at the start of a line, followed by a space.
size_t list_number_length(const std::string& s) {
    size_t i = 0;
    if (i < s.size() && s[i] == '(') ++i;
    const size_t digits_from = i;
    while (i < s.size() && i - digits_from < 2 && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == digits_from) {
        if (i < s.size() && s[i] >= 'a' && s[i] <= 'h' && i + 1 < s.size() && s[i + 1] == ')') ++i;
        else return 0;
    }
    if (i >= s.size() || (s[i] != '.' && s[i] != ')')) return 0;
    ++i;
    if (i >= s.size() || s[i] != ' ') return 0;
    return i;
}

// Length of the bullet marker at the start of `line` (glyph + spaces), 0 if none.
size_t bullet_marker_length(const std::string& line) {
    if (line.empty()) return 0;
    size_t i = 0;
    const uint32_t cp = next_codepoint(line, i);
    if (is_bullet_glyph(cp)) {
        // En/em dashes only count as bullets when a space follows ("– Led ...").
        if ((cp == 0x2013 || cp == 0x2014) && (i >= line.size() || line[i] != ' ')) return 0;
        return skip_spaces(line, i);
    }
    if ((cp == '-' || cp == '*' || cp == '+') && i < line.size() && line[i] == ' ') return skip_spaces(line, i);
    // Word's second-level bullet "o" before a capitalised word.
    if (cp == 'o' && i + 1 < line.size() && line[i] == ' ' && line[i + 1] >= 'A' && line[i + 1] <= 'Z')
        return skip_spaces(line, i);
    if (const size_t n = list_number_length(line)) return skip_spaces(line, n);
    return 0;
}

bool is_rule_line(const std::string& line) {
    if (line.size() < 3) return false;
    const char c = line[0];
    if (c != '-' && c != '=' && c != '*' && c != '_') return false;
    for (char x : line)
        if (x != c && x != ' ') return false;
    return true;
}

// A Markdown table separator row: "|---|:---:|".
bool is_table_rule(const std::string& line) {
    if (line.empty() || line[0] != '|') return false;
    for (char c : line)
        if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
    return true;
}

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// "[text](url)" -> "text (url)", or just "text" when it already is the address.
std::string rewrite_links(const std::string& line) {
    if (line.find("](") == std::string::npos) return line;
    std::string out;
    size_t i = 0;
    while (i < line.size()) {
        if (line[i] == '[') {
            const size_t close = line.find("](", i);
            const size_t end = close == std::string::npos ? close : line.find(')', close + 2);
            if (close != std::string::npos && end != std::string::npos && line.find('[', i + 1) > close) {
                const std::string text = line.substr(i + 1, close - i - 1);
                std::string url = line.substr(close + 2, end - close - 2);
                if (starts_with(url, "mailto:")) url = url.substr(7);
                std::string bare = url;
                for (const char* scheme : {"https://", "http://"})
                    if (starts_with(bare, scheme)) bare = bare.substr(std::string(scheme).size());
                if (starts_with(bare, "www.")) bare = bare.substr(4);
                const std::string bare_text = to_lower(text);
                if (text.empty()) out += url;
                else if (to_lower(url) == bare_text || to_lower(bare) == bare_text || icontains(bare, bare_text))
                    out += url;
                else out += text + " (" + url + ")";
                i = end + 1;
                continue;
            }
        }
        out += line[i++];
    }
    return out;
}

// Drops Markdown emphasis markers (*, **, _, __) that open or close a run of
// words; underscores inside words (snake_case, e-mail addresses) stay.
std::string strip_emphasis(const std::string& line) {
    std::string out;
    out.reserve(line.size());
    for (size_t i = 0; i < line.size();) {
        const char c = line[i];
        if (c != '*' && c != '_') {
            out += line[i++];
            continue;
        }
        size_t j = i;
        while (j < line.size() && line[j] == c) ++j;
        const char before = i == 0 ? ' ' : line[i - 1];
        const char after = j >= line.size() ? ' ' : line[j];
        const bool opens = !is_word_byte(before) && after != ' ';
        const bool closes = before != ' ' && !is_word_byte(after);
        const bool marker = j - i <= 3 && (opens || closes) &&
                            !(c == '_' && is_word_byte(before) && is_word_byte(after));
        if (!marker) out.append(line, i, j - i);
        i = j;
    }
    return out;
}

std::string strip_backslash_escapes(const std::string& line) {
    if (line.find('\\') == std::string::npos) return line;
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() &&
            std::string_view("\\`*_{}[]()#+-.!|<>~").find(line[i + 1]) != std::string_view::npos)
            continue;
        out += line[i];
    }
    return out;
}

std::string strip_heading_marks(const std::string& line) {
    size_t i = 0;
    while (i < line.size() && i < 6 && line[i] == '#') ++i;
    if (i > 0 && i < line.size() && line[i] == ' ') {
        std::string rest = trim(line.substr(i));
        while (!rest.empty() && rest.back() == '#') rest.pop_back();
        return trim(rest);
    }
    return line;
}

std::string strip_autolinks(const std::string& line) {
    if (line.find('<') == std::string::npos) return line;
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '<') {
            const size_t end = line.find('>', i);
            if (end != std::string::npos) {
                const std::string inner = line.substr(i + 1, end - i - 1);
                if (inner.find(' ') == std::string::npos &&
                    (inner.find("://") != std::string::npos || inner.find('@') != std::string::npos)) {
                    out += starts_with(inner, "mailto:") ? inner.substr(7) : inner;
                    i = end;
                    continue;
                }
            }
        }
        out += line[i];
    }
    return out;
}

// One line of pasted text or Markdown -> the plain line the extractors read.
std::string clean_line(std::string line) {
    line = trim(line);
    if (is_rule_line(line) || is_table_rule(line)) return "";
    while (starts_with(line, ">")) line = trim(line.substr(1));  // block quotes
    line = strip_heading_marks(line);
    if (starts_with(line, "|") && ends_with(line, "|") && line.size() > 1) line = trim(line.substr(1, line.size() - 2));

    std::string marker;
    if (const size_t n = bullet_marker_length(line)) {
        marker = std::string(kBulletMarker);
        line = line.substr(n);
    }
    line = rewrite_links(line);
    line = strip_autolinks(line);
    line = strip_emphasis(line);
    line = strip_backslash_escapes(line);
    line = trim(line);
    // A bold run that opened a bullet may leave a nested marker ("- **•** text").
    if (!marker.empty() && bullet_marker_length(line) > 0 && line.size() > bullet_marker_length(line))
        line = line.substr(bullet_marker_length(line));
    if (!marker.empty() && line.empty()) return std::string(kBulletMarker);
    return marker + line;
}

// First parts of compounds whose hyphen is real ("cross-functional"), so a
// line break after them keeps it.
bool keeps_hyphen(const std::string& fragment_lower) {
    if (ends_with(fragment_lower, "-")) return true;
    static const std::array<const char*, 44> prefixes = {
        "cross", "self",    "end",   "high",  "low",  "full",  "real",     "well",   "non",   "co",      "multi",
        "long",  "short",   "large", "small", "data", "event", "customer", "open",   "on",    "off",     "third",
        "first", "front",   "back",  "user",  "team", "top",   "world",    "best",   "state", "cutting", "fast",
        "hands", "mission", "year",  "day",   "time", "cloud", "client",   "server", "mid",   "senior",  "part"};
    for (const char* p : prefixes)
        if (fragment_lower == p) return true;
    return false;
}

// The letters before a trailing hyphen ("distrib" in "... distrib-"), or "" if
// the line does not end in a word broken by a hyphen.
std::string trailing_fragment(const std::string& line) {
    if (line.size() < 3 || line.back() != '-') return "";
    size_t i = line.size() - 1;
    while (i > 0 && line[i - 1] >= 'a' && line[i - 1] <= 'z') --i;
    if (line.size() - 1 - i < 2) return "";
    if (i > 0 && is_word_byte(line[i - 1])) return "";
    if (i > 0 && line[i - 1] == '-') return line.substr(i, line.size() - 1 - i) + "-";  // "end-to-": a compound
    return line.substr(i, line.size() - 1 - i);
}

// One to three words, no sentence: a sidebar item ("pandas", "Tableau").
bool is_short_line(const std::string& line) {
    if (line.empty() || is_bullet_line(line) || line.size() > 30) return false;
    size_t spaces = 0;
    for (char c : line) spaces += c == ' ' ? 1 : 0;
    return spaces <= 2 && line.back() != '.';
}

}  // namespace

bool is_bullet_glyph(uint32_t cp) {
    // clang-format off
    switch (cp) {
        case 0x2022: case 0x25AA: case 0x25AB: case 0x25E6: case 0x27A2: case 0x27A4: case 0x25CF: case 0x25CB:
        case 0x25A0: case 0x25A1: case 0x25BA: case 0x25B6: case 0x25B8: case 0x25B9: case 0x2713: case 0x2714:
        case 0x2023: case 0x2043: case 0x2219: case 0x00B7: case 0x2756: case 0x2726: case 0x2605: case 0x2192:
        case 0x2794: case 0x27A1: case 0x25C6: case 0x25C7: case 0x2666: case 0x2027: case 0x2611: case 0x2610:
        case 0x2013: case 0x2014:
        // Symbol-font bullets that PDF and Word exports leave in the private use area.
        case 0xF0B7: case 0xF0A7: case 0xF0D8: case 0xF076: case 0xF0FC: case 0xF0A8: case 0xF06E:
            return true;
        default:
            return false;
    }
}

std::string clean_pasted_text(std::string_view raw) {
    std::vector<std::string> cleaned;
    for (const std::string& raw_line : split_lines(normalize_characters(raw))) cleaned.push_back(clean_line(raw_line));
    std::vector<std::string> lines;
    lines.reserve(cleaned.size());
    for (size_t i = 0; i < cleaned.size(); ++i) {
        std::string& line = cleaned[i];
        // A bullet glyph alone on its line belongs to the next line (PDF exports).
        if (!lines.empty() && lines.back() == kBulletMarker && !line.empty()) {
            lines.back() = is_bullet_line(line) ? line : std::string(kBulletMarker) + line;
            continue;
        }
        // A word hyphenated across a line break is rejoined. In a two-column
        // paste a short sidebar line ("pandas") may sit between the halves:
        // it stays where it is and the longer line after it is joined.
        if (!lines.empty() && starts_lower(line)) {
            const bool sidebar_between = is_short_line(line) && i + 1 < cleaned.size() &&
                                         starts_lower(cleaned[i + 1]) && !is_short_line(cleaned[i + 1]);
            size_t at = lines.size() - 1;
            if (trailing_fragment(lines[at]).empty() && at > 0 && is_short_line(lines[at])) --at;
            const std::string fragment = trailing_fragment(lines[at]);
            if (!fragment.empty() && !(sidebar_between && at == lines.size() - 1)) {
                std::string& prev = lines[at];
                if (keeps_hyphen(to_lower(fragment))) prev += line;
                else prev = prev.substr(0, prev.size() - 1) + line;
                continue;
            }
        }
        lines.push_back(std::move(line));
    }
    while (!lines.empty() && (lines.back().empty() || lines.back() == kBulletMarker)) lines.pop_back();
    std::string out;
    size_t first = 0;
    while (first < lines.size() && lines[first].empty()) ++first;
    for (size_t i = first; i < lines.size(); ++i) {
        if (i > first) out += '\n';
        out += lines[i] == kBulletMarker ? std::string() : lines[i];
    }
    return out;
}

}  // namespace ip
