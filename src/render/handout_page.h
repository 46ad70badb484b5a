// The PNG handout's page layout: header, pitch, three plan columns and the
// closing strip, on a Letter or A4 page. Long content first shrinks (down to
// a floor size), then loses lines and list items; it never runs off the page.
#pragma once
#include <array>
#include <memory>

#include "render/handout_content.h"
#include "render/raster_canvas.h"
#include "render/text_flow.h"

namespace ip {

struct HandoutPage {
    std::unique_ptr<Canvas> canvas;
    int margin = 0;  // empty border on every side, in pixels
    PixelRect header, pitch, selling_points, stories;
    std::array<PixelRect, 3> columns;
    int fit_step = 0;        // 0 = full size; higher = smaller type or fewer lines
    bool truncated = false;  // some text was cut to fit
};

// The chosen layout of one painting: page size and margin in pixels, the rung
// of the fitting ladder, and whether text was cut.
struct HandoutFit {
    int width = 0, height = 0, margin = 0;
    int step = 0;
    bool truncated = false;
};

// Fits the handout to the page and paints it onto `surface` (pixels or a PDF
// page; nullptr only measures); `regions`, when given, receives where each
// part went.
HandoutFit paint_handout_page(const HandoutContent& content, FontPair& fonts, int scale, bool a4, Surface* surface,
                              HandoutPage* regions = nullptr);

// `scale` is 1 for 96 dpi (816 x 1056 Letter, 794 x 1123 A4), 2 or 3 for print.
HandoutPage draw_handout_page(const HandoutContent& content, FontPair& fonts, int scale, bool a4);

}  // namespace ip
