// Styled text wrapped into lines and drawn onto a canvas: the core of the
// PNG handout's small layout engine. Breaks at spaces, hyphens and slashes,
// and between CJK characters; a word wider than the line breaks anywhere.
// Glyphs the font lacks are drawn as a visible box.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/rich_text.h"
#include "render/font_face.h"
#include "render/raster_canvas.h"

namespace ip {

enum class FaceId : uint8_t { Regular, Bold };

struct FontPair {
    FontFace regular, bold;
    FontFace& get(FaceId f) { return f == FaceId::Bold ? bold : regular; }
};

struct RunStyle {
    FaceId face = FaceId::Regular;
    Rgb color;
    bool fill_box = false;  // a fill-in blank: drawn as "[text]" in a box
};

struct TextRun {
    std::string text;
    RunStyle style;
};
using StyledText = std::vector<TextRun>;

// Rich text in the given colour: strong spans bold, fill spans boxed.
StyledText styled_rich(const Rich& text, Rgb color, Rgb fill_color);
StyledText styled_plain(const std::string& text, FaceId face, Rgb color);

struct LaidGlyph {
    int64_t x64;  // pen position from the line start, 1/64 px
    int64_t advance64;
    uint32_t codepoint;
    int glyph;  // 0: missing from the font
    uint16_t run;
};

struct LaidText {
    std::vector<std::vector<LaidGlyph>> lines;
    int size_q = 0;
    int line_px = 0;      // line height
    int baseline_px = 0;  // baseline offset from the line top
    bool truncated = false;
    int height() const { return static_cast<int>(lines.size()) * line_px; }
};

// Wraps `text` at `size_q` (quarter pixels) into `width_px`; more than
// `max_lines` lines are cut, the last one ending in an ellipsis.
LaidText lay_out_text(FontPair& fonts, const StyledText& text, int size_q, int width_px, int max_lines);

// Draws laid-out text with its top-left at (x, y); lines that would cross
// `y_limit` are not drawn.
void draw_text(Canvas& canvas, FontPair& fonts, const StyledText& text, const LaidText& laid, int x, int y,
               int y_limit);

}  // namespace ip
