#include "render/pdf_flow.h"

#include <climits>

namespace ip::pdf {

Flow::Flow(Document& doc, FontPair& faces, Margins margins) : doc_(doc), faces_(faces), margins_(margins) {
    new_page();
}

void Flow::new_page() {
    doc_.new_page();
    page_ = doc_.page_count() - 1;
    y_ = margins_.top;
}

void Flow::keep(int height) {
    if (y_ > margins_.top && y_ + height > bottom()) new_page();
}

void Flow::space(int px) {
    if (y_ > margins_.top) y_ += px;
}

int Flow::line_height(int size_q) const { return (size_q * 130 + 200) / 400; }

PixelRect Flow::text(const StyledText& styled, const Block& b) {
    const int x = left() + b.indent;
    const int w = width() - b.indent;
    const LaidText laid = lay_out_text(faces_, styled, b.size_q, w, INT_MAX);
    PixelRect first{x, y_, w, 0};
    const int first_page = page_;
    for (size_t i = 0; i < laid.lines.size(); ++i) {
        if (y_ + laid.line_px > bottom()) new_page();
        LaidText one;
        one.size_q = laid.size_q;
        one.line_px = laid.line_px;
        one.baseline_px = laid.baseline_px;
        one.lines.push_back(laid.lines[i]);
        if (i == 0 && !b.marker.empty()) {
            // Right-aligned in the indent, half an em before the text.
            const StyledText mark = styled_plain(b.marker, FaceId::Bold, b.marker_color);
            const LaidText m = lay_out_text(faces_, mark, b.size_q, w, 1);
            const int mark_w = m.lines.empty()
                                   ? 0
                                   : static_cast<int>((m.lines[0].back().x64 + m.lines[0].back().advance64) >> 6);
            draw_text(page(), faces_, mark, m, x - b.size_q / 8 - mark_w, y_, INT_MAX);
        }
        if (b.has_bar) page().fill_rect(x - 12, y_, 3, laid.line_px, b.bar);
        draw_text(page(), faces_, styled, one, x, y_, INT_MAX);
        if (page_ == first_page) first.h = y_ + laid.line_px - first.y;
        y_ += laid.line_px;
    }
    y_ += b.after;
    return first;
}

}  // namespace ip::pdf
