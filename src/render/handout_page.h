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

// `scale` is 1 for 96 dpi (816 x 1056 Letter, 794 x 1123 A4), 2 or 3 for print.
HandoutPage draw_handout_page(const HandoutContent& content, FontPair& fonts, int scale, bool a4);

}  // namespace ip
