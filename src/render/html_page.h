// The frame of every exported HTML file: a strict Content-Security-Policy
// (nothing may load or run), inline CSS, no scripts.
#pragma once
#include <string>

namespace ip {

// The exact policy each exported page declares.
extern const char* const kExportCsp;

// `title` is plain text (escaped here); `css` and `body` are trusted HTML built
// by the exporters from escaped parts.
std::string html_document(const std::string& title, const std::string& css, const std::string& body);

}  // namespace ip
