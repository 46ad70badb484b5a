#include "render/pdf_export.h"

#include <cstdio>

#include "core/text.h"
#include "render/wording.h"

namespace ip::pdf {

DocumentInfo document_info(const Playbook& doc, const std::string& title) {
    DocumentInfo info;
    info.title = title;
    info.author = trim(doc.candidate.name.value_or(""));
    if (role_phrase(doc) != "this role") info.subject = role_phrase(doc);
    info.date = doc.generated;
    return info;
}

std::string missing_glyphs_note(const Fonts& fonts) {
    const auto& missing = fonts.missing();
    if (missing.empty()) return "";
    std::string codes;
    size_t shown = 0;
    for (uint32_t cp : missing) {
        if (shown++ == 6) break;
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
        codes += (codes.empty() ? "" : ", ") + std::string(buf);
    }
    const size_t n = missing.size();
    return "The bundled fonts cannot draw " +
           std::string(n == 1 ? "one character" : std::to_string(n) + " characters") + " of this text (" + codes +
           (n > 6 ? ", and others" : "") +
           "): they are shown as boxes, and copying the text from this file still gives the characters themselves.";
}

}  // namespace ip::pdf
