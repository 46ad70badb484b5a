// Cleanup of text as people paste it (often out of a PDF viewer): bullet
// glyphs, smart punctuation, no-break spaces, hyphenation at line ends.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ip {

// Returns the cleaned text the extractors run on. The result is what `fact`
// spans are checked against, so extraction must copy from it, not from `raw`.
std::string clean_pasted_text(std::string_view raw);

// A glyph people set as a list bullet (•, ▪, ➢, ✓, symbol-font bullets, …).
bool is_bullet_glyph(uint32_t cp);

}  // namespace ip
