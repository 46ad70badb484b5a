// One PDF page being drawn, in the layout's pixels (96 per inch, y down from
// the top-left corner, as the PNG handout), mapped to points by the page's
// first operator. Text is real text in the export's Type 3 fonts (pdf_fonts.h);
// boxes, bars and the fit gauge are vector paths.
#pragma once
#include <string>

#include "render/pdf_fonts.h"
#include "render/text_flow.h"

namespace ip::pdf {

class Page : public Surface {
public:
    // `height_pt`: the page height in points, as written in its MediaBox.
    Page(Fonts& fonts, const std::string& height_pt);

    void fill_rect(int x, int y, int w, int h, Rgb color) override;
    void stroke_rect(int x, int y, int w, int h, int thickness, Rgb color) override;
    void glyph_line(FontPair& faces, const StyledText& text, const std::vector<LaidGlyph>& line, int size_q, int x,
                    int baseline) override;

    // Drawing after this is clipped to the rectangle, up to end_clip().
    void begin_clip(int x, int y, int w, int h);
    void end_clip();
    // A stroked circular arc around (cx, cy) of radius r, from `from_permille`
    // to `to_permille` of a half turn counted clockwise from the left (0 = 9
    // o'clock, 1000 = 3 o'clock), as the report's gauge draws it.
    void half_arc(int cx, int cy, int r, int from_permille, int to_permille, int width, Rgb color);

    const std::string& content() const { return ops_; }

private:
    void set_fill(Rgb color);

    Fonts& fonts_;
    std::string ops_;
    std::string fill_op_;  // the fill colour operator in force
};

}  // namespace ip::pdf
