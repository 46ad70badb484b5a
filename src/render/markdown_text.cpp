#include "render/markdown_text.h"

#include "core/bidi_controls.h"
#include "core/text.h"

namespace ip {

namespace {

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

bool looks_like_entity(const std::string& s, size_t amp) {
    size_t i = amp + 1;
    if (i < s.size() && s[i] == '#') ++i;
    const size_t start = i;
    while (i < s.size() &&
           ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        ++i;
    return i > start && i < s.size() && s[i] == ';';
}

// Wraps text in a Markdown marker, keeping outer spaces outside it (emphasis
// must hug its text).
std::string wrap(const std::string& inner, const char* marker) {
    const size_t first = inner.find_first_not_of(' ');
    if (first == std::string::npos) return inner;
    const size_t last = inner.find_last_not_of(' ');
    return inner.substr(0, first) + marker + inner.substr(first, last - first + 1) + marker + inner.substr(last + 1);
}

}  // namespace

std::string md_escape(std::string_view raw) {
    std::string s;
    for (size_t i = 0; i < raw.size();) {
        const uint32_t cp = next_codepoint(raw, i);
        if (cp == '\n' || cp == '\r' || cp == '\t') s += ' ';
        else if (cp >= 0x20 && !(cp >= 0x7F && cp <= 0x9F) && !is_bidi_control(cp)) append_utf8(s, cp);
    }
    std::string out;
    out.reserve(s.size() + 8);
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char prev = i > 0 ? s[i - 1] : ' ';
        const char next = i + 1 < s.size() ? s[i + 1] : ' ';
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '[':
            case ']':
            case '<':
            case '>':
            case '~':
                out += '\\';
                out += c;
                break;
            case '_':  // intraword underscores (snake_case) are literal already
                if (!is_word_byte(prev) || !is_word_byte(next)) out += '\\';
                out += c;
                break;
            case '&':  // only what could read as an entity: &name; or &#...;
                if (looks_like_entity(s, i)) out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

std::string rich_md(const Rich& text) {
    std::string out;
    for (const auto& span : text) {
        if (span.text.empty()) continue;
        const std::string t = md_escape(span.text);
        switch (span.kind) {
            case SpanKind::Plain:
            case SpanKind::Fact: out += t; break;
            case SpanKind::Strong: out += wrap(t, "**"); break;
            case SpanKind::Draft: out += wrap(t, "_"); break;
            case SpanKind::Fill: out += "[__" + trim(t) + "__]"; break;
        }
    }
    return out;
}

Rich md_to_rich(std::string_view md) {
    Rich out;
    std::string text;
    bool strong = false, draft = false;
    auto flush = [&](SpanKind kind) {
        if (!text.empty()) out.push_back({text, kind});
        text.clear();
    };
    auto current = [&]() { return draft ? SpanKind::Draft : strong ? SpanKind::Strong : SpanKind::Plain; };
    for (size_t i = 0; i < md.size(); ++i) {
        const char c = md[i];
        if (c == '\\' && i + 1 < md.size()) {
            text += md[++i];
        } else if (c == '*' && i + 1 < md.size() && md[i + 1] == '*') {
            flush(current());
            strong = !strong;
            ++i;
        } else if (md.substr(i, 3) == "[__") {
            const size_t end = md.find("__]", i + 3);
            if (end == std::string_view::npos) {
                text += c;
                continue;
            }
            flush(current());
            Rich inner = md_to_rich(md.substr(i + 3, end - i - 3));
            std::string prompt;
            for (const auto& span : inner) prompt += span.text;
            out.push_back({prompt, SpanKind::Fill});
            i = end + 2;
        } else if (c == '_' && !(i > 0 && is_word_byte(md[i - 1]) && i + 1 < md.size() && is_word_byte(md[i + 1]))) {
            flush(current());
            draft = !draft;
        } else {
            text += c;
        }
    }
    flush(current());
    return out;
}

std::string md_line_start(std::string s) {
    if (s.empty()) return s;
    const char c = s[0];
    if (c == '#' || c == '+' || c == '-' || c == '=' || c == '|') return "\\" + s;
    // "1. " or "1) " would start an ordered list.
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits > 0 && digits < s.size() && (s[digits] == '.' || s[digits] == ')')) s.insert(digits, 1, '\\');
    return s;
}

std::string md_italic(const std::string& md) { return wrap(md, "_"); }

std::string md_cell(const std::string& inline_md) { return replace_all(inline_md, "|", "\\|"); }

}  // namespace ip
