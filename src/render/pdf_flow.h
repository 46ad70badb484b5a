// Text flowing down the pages of a PDF export: paragraphs wrap with
// text_flow's layout and continue on the next page when the page is full;
// headings are kept with what follows them. Positions are layout pixels.
#pragma once
#include <string>

#include "render/pdf_document.h"

namespace ip::pdf {

struct Margins {
    int top = 64, side = 64, bottom = 80;
};

class Flow {
public:
    Flow(Document& doc, FontPair& faces, Margins margins = {});

    Document& doc() { return doc_; }
    FontPair& faces() { return faces_; }
    Page& page() { return doc_.page(page_); }
    int page_index() const { return page_; }
    int y() const { return y_; }
    int left() const { return margins_.side; }
    int width() const { return doc_.width_px() - 2 * margins_.side; }
    int bottom() const { return doc_.height_px() - margins_.bottom; }

    void new_page();
    // Starts a new page unless `height` more pixels fit on this one.
    void keep(int height);
    void space(int px);
    void advance(int px) { y_ += px; }

    // What a block will need: its first `lines` lines at this size.
    int line_height(int size_q) const;

    struct Block {
        int size_q = 54;
        int indent = 0;      // from the left margin
        std::string marker;  // "•" or "3." drawn before the first line
        Rgb marker_color{15, 118, 110};
        Rgb bar{0, 0, 0};  // a left rule beside every line (quotes)
        bool has_bar = false;
        int after = 8;  // space below
    };
    // Lays out and draws `text`, splitting it across pages; returns the area
    // of the first page's part (for links).
    PixelRect text(const StyledText& text, const Block& block);

private:
    Document& doc_;
    FontPair& faces_;
    Margins margins_;
    int page_ = -1;
    int y_ = 0;
};

}  // namespace ip::pdf
