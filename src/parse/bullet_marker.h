// The one bullet marker clean_pasted_text() writes in place of every list
// glyph it finds at the start of a line (•, ▪, ◦, ➢, -, *, "1.", ...), so the
// extractors test a single prefix.
#pragma once
#include <string_view>

namespace ip {

inline constexpr std::string_view kBulletMarker = "\xE2\x80\xA2 ";  // "• "

inline bool is_bullet_line(std::string_view line) { return line.substr(0, kBulletMarker.size()) == kBulletMarker; }

// The item text after the marker; the whole line when it is not a bullet.
inline std::string_view bullet_body(std::string_view line) {
    return is_bullet_line(line) ? line.substr(kBulletMarker.size()) : line;
}

}  // namespace ip
