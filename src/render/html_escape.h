// Escaping for everything the HTML exports take from the document. User text
// (resume, job description) may hold markup; it must show as text, never run.
#pragma once
#include <string>
#include <string_view>

namespace ip {

// Safe in element content and in quoted attribute values: escapes & < > " ',
// repairs invalid UTF-8 and drops control characters other than tab/newline,
// bidirectional controls included.
std::string html_escape(std::string_view s);

}  // namespace ip
