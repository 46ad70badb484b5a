// Markdown for user text and rich text. Escapes only what would otherwise
// turn into markup, so the file stays readable as plain text.
#pragma once
#include <string>
#include <string_view>

#include "model/rich_text.h"

namespace ip {

// Inline text: newlines fold to spaces, control and bidi control characters
// are dropped; \ ` * [ ] < > ~ always escaped, _ and
// & only where Markdown would read them.
std::string md_escape(std::string_view s);
// Rich text inline: strong **x**, draft _x_, fill [__x__], fact and plain as text.
std::string rich_md(const Rich& text);
// The reverse of rich_md for the inline Markdown this file writes: escapes
// undone, **strong**, _draft_ and [__fill__] back to spans (the PDF report
// typesets the Markdown writer's calls with it).
Rich md_to_rich(std::string_view md);
// Makes text safe to start a line with (no accidental heading, list or quote).
std::string md_line_start(std::string s);
// _md_ (italic) around Markdown that is already escaped.
std::string md_italic(const std::string& md);
// Text for a table cell: also escapes |.
std::string md_cell(const std::string& inline_md);

}  // namespace ip
