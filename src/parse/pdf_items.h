// Positioned text items, as a PDF text extractor produces them, rebuilt into
// lines, columns and reading order. The JSON shape is documented in
// docs/pdf-items.md; the browser's pdf.js import and the command line both feed it.
#pragma once
#include <string>

namespace ip {

bool pdf_items_to_text(const std::string& json, std::string& text, std::string& error);

}  // namespace ip
