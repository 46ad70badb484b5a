#include "render/pdf_page.h"

#include <cmath>

namespace ip::pdf {

namespace {

std::string num(int v) { return std::to_string(v); }

std::string rgb_operands(Rgb c) { return unit(c.r) + " " + unit(c.g) + " " + unit(c.b); }

// sin and cos by their series, in plain double arithmetic: every build
// (native, WASM) computes the same bits, which the C library's need not.
void sin_cos(double a, double& s, double& c) {
    double term_s = a, term_c = 1;
    s = 0;
    c = 0;
    for (int n = 0; n < 14; ++n) {
        s += term_s;
        c += term_c;
        term_s *= -a * a / ((2 * n + 2) * (2 * n + 3));
        term_c *= -a * a / ((2 * n + 1) * (2 * n + 2));
    }
}

// Hundredths of a pixel, rounded the same way everywhere.
std::string coord(double v) { return hundredths(static_cast<int64_t>(std::floor(v * 100 + 0.5))); }

}  // namespace

Page::Page(Fonts& fonts, const std::string& height_pt) : fonts_(fonts) {
    // Pixels to points (72/96), y flipped so the layout's top-left is the origin.
    ops_ = "0.75 0 0 -0.75 0 " + height_pt + " cm\n";
}

void Page::set_fill(Rgb color) {
    const std::string op = rgb_operands(color) + " rg\n";
    if (op != fill_op_) ops_ += op;
    fill_op_ = op;
}

void Page::fill_rect(int x, int y, int w, int h, Rgb color) {
    if (w <= 0 || h <= 0) return;
    set_fill(color);
    ops_ += num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re f\n";
}

void Page::stroke_rect(int x, int y, int w, int h, int thickness, Rgb color) {
    if (w <= 0 || h <= 0 || thickness <= 0) return;
    // Inside the rectangle, as the raster canvas strokes it.
    ops_ += rgb_operands(color) + " RG " + num(thickness) + " w " + fixed(int64_t{x} * 2 + thickness, 1) + " " +
            fixed(int64_t{y} * 2 + thickness, 1) + " " + num(w - thickness) + " " + num(h - thickness) + " re S\n";
}

// The faces are the export's Fonts' own (it draws the outlines from them).
void Page::glyph_line(FontPair&, const StyledText& text, const std::vector<LaidGlyph>& line, int size_q, int x,
                      int baseline) {
    // Runs of glyphs in one font and colour become one TJ; inside it the
    // layout's positions (kerning included) are kept by TJ offsets, computed
    // in integers: U = 1/(64 px * em * 1000).
    size_t i = 0;
    while (i < line.size()) {
        const RunStyle& style = text[line[i].run].style;
        const GlyphCode first = fonts_.code(style.face, line[i].glyph, line[i].codepoint);
        const int64_t em = fonts_.units_per_em(style.face);
        set_fill(style.color);
        ops_ += "BT /T" + num(first.font) + " " + fixed(size_q, 2) + " Tf 1 0 0 -1 " +
                fixed(int64_t{x} * 64 + line[i].x64, 6) + " " + num(baseline) + " Tm [<";
        const int64_t start64 = line[i].x64;
        int64_t pen = 0;  // where the viewer's pen is, in U from the run start
        size_t j = i;
        static const char* hex = "0123456789abcdef";
        for (; j < line.size(); ++j) {
            const RunStyle& s = text[line[j].run].style;
            if (s.face != style.face || s.color.r != style.color.r || s.color.g != style.color.g ||
                s.color.b != style.color.b)
                break;
            const GlyphCode gc = fonts_.code(s.face, line[j].glyph, line[j].codepoint);
            if (gc.font != first.font) break;
            const int64_t target = (line[j].x64 - start64) * em * 1000;
            const int64_t step = int64_t{size_q} * 16 * em;  // one TJ unit in U
            const int64_t diff = target - pen;
            const int64_t adjust = diff >= 0 ? (diff + step / 2) / step : -((-diff + step / 2) / step);
            // Below 2/1000 em the offset is rounding noise: carried on until it adds up.
            if (adjust >= 2 || adjust <= -2) {
                ops_ += "> " + std::to_string(-adjust) + " <";
                pen += adjust * step;
            }
            ops_ += hex[gc.code >> 4];
            ops_ += hex[gc.code & 15];
            pen += fonts_.advance(s.face, line[j].glyph) * int64_t{size_q} * 16 * 1000;
        }
        ops_ += ">] TJ ET\n";
        i = j;
    }
}

void Page::begin_clip(int x, int y, int w, int h) {
    fill_op_.clear();  // Q restores the colour in force before q
    ops_ += "q " + num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re W n\n";
}

void Page::end_clip() {
    ops_ += "Q\n";
    fill_op_.clear();
}

void Page::half_arc(int cx, int cy, int r, int from_permille, int to_permille, int width, Rgb color) {
    if (to_permille <= from_permille) return;
    constexpr double kPi = 3.14159265358979323846;
    // Angles in the layout's y-down frame: left is pi, the top is 3/2 pi.
    const double a0 = kPi + kPi * from_permille / 1000.0;
    const double a1 = kPi + kPi * to_permille / 1000.0;
    const int pieces = 1 + (to_permille - from_permille) / 251;  // at most a quarter turn each
    const double step = (a1 - a0) / pieces;
    double s4 = 0, c4 = 0;
    sin_cos(step / 4, s4, c4);
    const double k = 4.0 / 3.0 * (s4 / c4);  // control length for a circular Bezier piece
    double s = 0, c = 0;
    sin_cos(a0, s, c);
    ops_ += rgb_operands(color) + " RG " + num(width) + " w 0 J " + coord(cx + r * c) + " " + coord(cy + r * s) +
            " m\n";
    for (int p = 1; p <= pieces; ++p) {
        double s1 = 0, c1 = 0;
        sin_cos(a0 + step * p, s1, c1);
        ops_ += coord(cx + r * (c - k * s)) + " " + coord(cy + r * (s + k * c)) + " " + coord(cx + r * (c1 + k * s1)) +
                " " + coord(cy + r * (s1 - k * c1)) + " " + coord(cx + r * c1) + " " + coord(cy + r * s1) + " c\n";
        s = s1;
        c = c1;
    }
    ops_ += "S\n";
}

}  // namespace ip::pdf
