#include "render/html_escape.h"

#include "core/bidi_controls.h"
#include "core/text.h"

namespace ip {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (size_t i = 0; i < s.size();) {
        const uint32_t cp = next_codepoint(s, i);
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t':
            case '\n': out += static_cast<char>(cp); break;
            default:
                // C0/C1 controls and DEL are invisible at best and confuse parsers at worst.
                if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || is_bidi_control(cp)) break;
                append_utf8(out, cp);
        }
    }
    return out;
}

}  // namespace ip
