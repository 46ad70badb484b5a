// A job description saved as a web page (.html) to plain text: tags,
// scripts and styles stripped, entities decoded, block elements on their own
// lines, list items as bullet lines, table cells tab-separated.
#pragma once
#include <string>
#include <string_view>

namespace ip {

std::string html_to_text(std::string_view html);

// True if the bytes look like an HTML document (a doctype, <html>, or a body
// of common block tags), whatever the file is called.
bool looks_like_html(std::string_view bytes);

}  // namespace ip
