// What the first bytes of a file say it is, before any reader sees it:
// binary files by their signatures, UTF-16 text (Windows Notepad), PDF and
// old Word files that need a different route into the engine.
#pragma once
#include <string>
#include <string_view>

namespace ip {

// A readable name for a binary file ("PNG image", "Windows executable",
// "binary data"), or "" when the bytes look like text. Zip archives and PDF
// files are not reported here: they have their own readers and messages.
std::string binary_file_kind(std::string_view bytes);

bool is_pdf_file(std::string_view bytes);
// Word 97-2003 .doc (and other OLE2 compound files: .xls, .msg).
bool is_ole2_file(std::string_view bytes);
bool is_rtf_file(std::string_view bytes);

// Text in a legacy Western encoding (Windows-1252, a superset of Latin-1)
// to UTF-8. Only when no byte of it forms a valid UTF-8 multi-byte sequence:
// a UTF-8 file with one stray byte is repaired instead, not re-decoded.
// Returns false when the bytes are not of that kind.
bool windows_1252_to_utf8(std::string_view bytes, std::string& out);

// UTF-16 text (with a byte-order mark, or ASCII-heavy without one) to UTF-8.
// Returns false when the bytes are not UTF-16.
bool utf16_to_utf8(std::string_view bytes, std::string& out);

}  // namespace ip
