// One font (TrueType or CFF-flavoured OpenType) read with stb_truetype, with
// caches for glyph lookups, advances, kerning and rendered glyph bitmaps.
// Sizes are in quarter pixels and positions in 1/64 pixel, both integers, so
// the layout cannot drift between platforms.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ip {

// One step of a glyph outline in font units (y up): move, line, quadratic
// (TrueType) or cubic (CFF) curve to (x, y) with control points c1 (and c2).
struct OutlineStep {
    enum Kind : uint8_t { Move, Line, Quad, Cubic } kind;
    int x, y, c1x, c1y, c2x, c2y;
};

struct GlyphBitmap {
    int width = 0, height = 0;
    int x_offset = 0, y_offset = 0;  // from the pen position on the baseline
    std::vector<uint8_t> alpha;
};

class FontFace {
public:
    FontFace();
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    // Checks the table directory before handing the bytes to stb_truetype.
    bool load(const std::string& bytes, std::string& error);
    bool loaded() const;

    int glyph(uint32_t codepoint);  // 0 when the font has no glyph for it
    int64_t advance64(int glyph, int size_q);
    int64_t kern64(int left_glyph, int right_glyph, int size_q);
    int64_t ascent64(int size_q) const;
    int64_t descent64(int size_q) const;  // negative: below the baseline
    // Font units, for vector output (the PDF export).
    int units_per_em() const;
    int advance_units(int glyph);
    std::vector<OutlineStep> outline(int glyph);
    // Rendered at a quarter-pixel horizontal offset (subpixel 0..3).
    const GlyphBitmap& bitmap(int glyph, int size_q, int subpixel);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ip
