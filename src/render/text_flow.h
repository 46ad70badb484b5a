// Styled text wrapped into lines and drawn onto a canvas: the core of the
// PNG handout's small layout engine. Breaks at spaces, hyphens and slashes,
// and between CJK characters; a word wider than the line breaks anywhere.
// Glyphs the font lacks are drawn as a visible box. Drawing goes through a
// Surface, so the same layout paints pixels (PNG) or vector pages (PDF).
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
    const FontFace& get(FaceId f) const { return f == FaceId::Bold ? bold : regular; }
};

// Loads both faces from the bundled fonts' bytes; on failure says which one.
bool load_font_pair(FontPair& fonts, const std::string& regular, const std::string& bold, std::string& error);

struct RunStyle {
    FaceId face = FaceId::Regular;
    Rgb color;
    bool fill_box = false;  // a fill-in blank: drawn as "[text]" in a box
    bool draft = false;     // an inference to check: tinted, dotted underline
};

struct TextRun {
    std::string text;
    RunStyle style;
};
using StyledText = std::vector<TextRun>;

// Rich text in the given colour: strong spans bold, fill spans boxed; draft
// spans marked only when `mark_drafts` (the handout leaves them plain).
StyledText styled_rich(const Rich& text, Rgb color, Rgb fill_color, bool mark_drafts = false);
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

// Where laid-out text and boxes are drawn: a raster canvas or a PDF page.
class Surface {
public:
    virtual ~Surface() = default;
    virtual void fill_rect(int x, int y, int w, int h, Rgb color) = 0;
    virtual void stroke_rect(int x, int y, int w, int h, int thickness, Rgb color) = 0;
    // One laid-out line's glyphs, the pen starting at (x, baseline).
    virtual void glyph_line(FontPair& fonts, const StyledText& text, const std::vector<LaidGlyph>& line, int size_q,
                            int x, int baseline) = 0;
};

// Pixels: glyphs rasterised by stb_truetype; missing glyphs as outlined boxes.
class CanvasSurface : public Surface {
public:
    explicit CanvasSurface(Canvas& canvas) : canvas_(canvas) {}
    void fill_rect(int x, int y, int w, int h, Rgb color) override { canvas_.fill_rect(x, y, w, h, color); }
    void stroke_rect(int x, int y, int w, int h, int thickness, Rgb color) override {
        canvas_.stroke_rect(x, y, w, h, thickness, color);
    }
    void glyph_line(FontPair& fonts, const StyledText& text, const std::vector<LaidGlyph>& line, int size_q, int x,
                    int baseline) override;

private:
    Canvas& canvas_;
};

// Draws laid-out text with its top-left at (x, y); lines that would cross
// `y_limit` are not drawn.
void draw_text(Surface& surface, FontPair& fonts, const StyledText& text, const LaidText& laid, int x, int y,
               int y_limit);
inline void draw_text(Canvas& canvas, FontPair& fonts, const StyledText& text, const LaidText& laid, int x, int y,
                      int y_limit) {
    CanvasSurface surface(canvas);
    draw_text(surface, fonts, text, laid, x, y, y_limit);
}

}  // namespace ip
