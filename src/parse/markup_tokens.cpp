#include "parse/markup_tokens.h"

#include <algorithm>
#include <cstdint>

#include "core/text.h"

namespace ip {

namespace {

bool is_name_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (unsigned char)c >= 0x80;
}
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

struct NamedEntity {
    const char* name;
    uint32_t cp;
};

// XML's five plus the HTML names that turn up in job postings.
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},    {"nbsp", 0xA0},
    {"ndash", 0x2013},  {"mdash", 0x2014}, {"hellip", 0x2026}, {"bull", 0x2022},  {"middot", 0xB7},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB},    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"deg", 0xB0},     {"plusmn", 0xB1},
    {"times", 0xD7},    {"divide", 0xF7},  {"euro", 0x20AC},   {"pound", 0xA3},   {"yen", 0xA5},     {"cent", 0xA2},
    {"sect", 0xA7},     {"para", 0xB6},    {"rarr", 0x2192},   {"larr", 0x2190},  {"harr", 0x2194},  {"rArr", 0x21D2},
    {"check", 0x2713},  {"shy", 0xAD},     {"zwj", 0x200D},    {"zwnj", 0x200C},  {"ensp", 0x2002},  {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"minus", 0x2212}, {"frac12", 0xBD},   {"frac14", 0xBC},  {"frac34", 0xBE},  {"sup2", 0xB2},
    {"micro", 0xB5},    {"iexcl", 0xA1},   {"iquest", 0xBF},   {"aacute", 0xE1},  {"Aacute", 0xC1},  {"agrave", 0xE0},
    {"acirc", 0xE2},    {"auml", 0xE4},    {"Auml", 0xC4},     {"aring", 0xE5},   {"atilde", 0xE3},  {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"Ccedil", 0xC7},  {"eacute", 0xE9},   {"Eacute", 0xC9},  {"egrave", 0xE8},  {"ecirc", 0xEA},
    {"euml", 0xEB},     {"iacute", 0xED},  {"igrave", 0xEC},   {"icirc", 0xEE},   {"iuml", 0xEF},    {"ntilde", 0xF1},
    {"Ntilde", 0xD1},   {"oacute", 0xF3},  {"Oacute", 0xD3},   {"ograve", 0xF2},  {"ocirc", 0xF4},   {"ouml", 0xF6},
    {"Ouml", 0xD6},     {"otilde", 0xF5},  {"oslash", 0xF8},   {"Oslash", 0xD8},  {"uacute", 0xFA},  {"Uacute", 0xDA},
    {"ugrave", 0xF9},   {"ucirc", 0xFB},   {"uuml", 0xFC},     {"Uuml", 0xDC},    {"yacute", 0xFD},  {"yuml", 0xFF},
    {"szlig", 0xDF},    {"scaron", 0x161}, {"Scaron", 0x160},  {"zcaron", 0x17E}, {"oelig", 0x153},
};

}  // namespace

bool MarkupTokenizer::next(MarkupToken& t) {
    while (pos_ < src_.size()) {
        t = MarkupToken{};
        size_t start = pos_;
        if (src_[pos_] != '<') {
            size_t lt = src_.find('<', pos_ + 1);
            pos_ = lt == std::string_view::npos ? src_.size() : lt;
            t.text = src_.substr(start, pos_ - start);
            return true;
        }
        std::string_view rest = src_.substr(pos_);
        if (starts_with(rest, "<!--")) {
            size_t end = src_.find("-->", pos_ + 4);
            pos_ = end == std::string_view::npos ? src_.size() : end + 3;
            continue;
        }
        if (starts_with(rest, "<![CDATA[")) {
            size_t end = src_.find("]]>", pos_ + 9);
            size_t stop = end == std::string_view::npos ? src_.size() : end;
            t.text = src_.substr(pos_ + 9, stop - pos_ - 9);
            t.cdata = true;
            pos_ = end == std::string_view::npos ? src_.size() : end + 3;
            return true;
        }
        if (starts_with(rest, "<?") || starts_with(rest, "<!")) {
            size_t end = src_.find('>', pos_ + 2);
            pos_ = end == std::string_view::npos ? src_.size() : end + 1;
            continue;
        }
        bool closing = rest.size() > 1 && rest[1] == '/';
        size_t name_at = pos_ + (closing ? 2 : 1);
        if (name_at >= src_.size() || !is_name_start(src_[name_at])) {
            // A lone '<' ("a < b" in sloppy HTML) is text.
            pos_ = name_at;
            size_t lt = src_.find('<', pos_);
            pos_ = lt == std::string_view::npos ? src_.size() : lt;
            t.text = src_.substr(start, pos_ - start);
            return true;
        }
        size_t name_end = name_at;
        while (name_end < src_.size() && is_name_char(src_[name_end])) ++name_end;
        // The tag ends at the first '>' outside quotes.
        size_t i = name_end;
        char quote = 0;
        while (i < src_.size()) {
            char c = src_[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            ++i;
        }
        if (i >= src_.size()) {  // unterminated tag at the end: dropped
            pos_ = src_.size();
            return false;
        }
        t.kind = closing ? MarkupToken::Kind::Close : MarkupToken::Kind::Open;
        t.name = src_.substr(name_at, name_end - name_at);
        std::string_view attrs = src_.substr(name_end, i - name_end);
        if (!attrs.empty() && attrs.back() == '/') {
            t.self_closing = true;
            attrs.remove_suffix(1);
        }
        t.attrs = attrs;
        pos_ = i + 1;
        return true;
    }
    return false;
}

void MarkupTokenizer::skip_past_close(std::string_view name) {
    while (pos_ < src_.size()) {
        size_t lt = src_.find("</", pos_);
        if (lt == std::string_view::npos) break;
        size_t name_at = lt + 2;
        size_t name_end = name_at;
        while (name_end < src_.size() && is_name_char(src_[name_end])) ++name_end;
        if (iequals(src_.substr(name_at, name_end - name_at), name)) {
            size_t gt = src_.find('>', name_end);
            pos_ = gt == std::string_view::npos ? src_.size() : gt + 1;
            return;
        }
        pos_ = name_at;
    }
    pos_ = src_.size();
}

std::string_view local_name(std::string_view qualified) {
    size_t colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

namespace {

// Finds attribute `name`; sets `value` to its raw (undecoded) value.
bool find_attribute(std::string_view attrs, std::string_view name, std::string_view& value) {
    size_t i = 0;
    while (i < attrs.size()) {
        while (i < attrs.size() && (is_space(attrs[i]) || attrs[i] == '/')) ++i;
        size_t key_at = i;
        while (i < attrs.size() && !is_space(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
        std::string_view key = attrs.substr(key_at, i - key_at);
        if (key.empty()) {
            ++i;
            continue;
        }
        while (i < attrs.size() && is_space(attrs[i])) ++i;
        std::string_view val;
        if (i < attrs.size() && attrs[i] == '=') {
            ++i;
            while (i < attrs.size() && is_space(attrs[i])) ++i;
            if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
                char q = attrs[i++];
                size_t end = attrs.find(q, i);
                if (end == std::string_view::npos) end = attrs.size();
                val = attrs.substr(i, end - i);
                i = end + 1;
            } else {
                size_t v_at = i;
                while (i < attrs.size() && !is_space(attrs[i])) ++i;
                val = attrs.substr(v_at, i - v_at);
            }
        }
        if (iequals(local_name(key), name)) {
            value = val;
            return true;
        }
    }
    return false;
}

}  // namespace

std::string attribute(std::string_view attrs, std::string_view name) {
    std::string_view raw;
    std::string out;
    if (find_attribute(attrs, name, raw)) append_decoded(out, raw);
    return out;
}

bool has_attribute(std::string_view attrs, std::string_view name) {
    std::string_view raw;
    return find_attribute(attrs, name, raw);
}

void append_decoded(std::string& out, std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            return;
        }
        out.append(text.substr(i, amp - i));
        size_t semi = text.find(';', amp + 1);
        if (semi == std::string_view::npos || semi - amp > 12) {
            out.push_back('&');
            i = amp + 1;
            continue;
        }
        std::string_view ref = text.substr(amp + 1, semi - amp - 1);
        uint32_t cp = 0;
        bool ok = false;
        if (ref.size() >= 2 && ref[0] == '#') {
            bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::string_view digits = ref.substr(hex ? 2 : 1);
            ok = !digits.empty();
            for (char c : digits) {
                int d = (c >= '0' && c <= '9')        ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
                if (d < 0 || cp > 0x10FFFF) {
                    ok = false;
                    break;
                }
                cp = cp * (hex ? 16 : 10) + uint32_t(d);
            }
            if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
        } else {
            for (const NamedEntity& e : kEntities)
                if (ref == e.name) {
                    cp = e.cp;
                    ok = true;
                    break;
                }
        }
        if (ok) {
            append_utf8(out, cp);
        } else {
            out.append(text.substr(amp, semi - amp + 1));
        }
        i = semi + 1;
    }
}

}  // namespace ip
