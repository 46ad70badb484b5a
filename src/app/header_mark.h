// The mark at the left of both screens' top bars: the embedding site's logo
// when it sent one, else the app's own mark.
#pragma once
#include <imgui.h>

#include "app/host_logo.h"

namespace ip::app {

// The product mark (a page with three lines) at `origin`, `size` pixels square.
void draw_brand_mark(ImDrawList* draw, ImVec2 origin, float size, float scale);

// Draws the mark with its left edge at `x`, centred in a bar from `bar_top`
// `bar_height` pixels tall; a logo is at most `max_width` wide. Returns the
// width taken.
float draw_header_mark(ImDrawList* draw, HostLogo* logo, float x, float bar_top, float bar_height, float max_width,
                       float scale);

}  // namespace ip::app
