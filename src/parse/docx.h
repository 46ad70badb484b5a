// .docx reading: the zip container, its DEFLATE members, and the document
// XML's paragraphs, list items, tabs and tables, rebuilt as plain text lines.
#pragma once
#include <string>

namespace ip {

bool docx_to_text(const std::string& bytes, std::string& text, std::string& error);

}  // namespace ip
