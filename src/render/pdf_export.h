// What the two PDF exports (report and handout) share beyond the file
// machinery: the document information and the note about characters the
// bundled fonts cannot draw.
#pragma once
#include <string>

#include "model/playbook.h"
#include "render/pdf_document.h"

namespace ip::pdf {

DocumentInfo document_info(const Playbook& doc, const std::string& title);

// "" when every character had a glyph; else one sentence saying how many
// characters are shown as boxes (and that copying the text keeps them).
std::string missing_glyphs_note(const Fonts& fonts);

}  // namespace ip::pdf
