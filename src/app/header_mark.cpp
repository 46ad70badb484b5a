#include "app/header_mark.h"

#include "app/theme.h"

namespace ip::app {

namespace {

constexpr float kMarkSize = 28;   // CSS pixels
constexpr float kLogoInset = 10;  // between a logo and the bar's edges

}  // namespace

void draw_brand_mark(ImDrawList* draw, ImVec2 m0, float mark, float s) {
    const Palette& p = palette();
    draw->AddRectFilled(m0, ImVec2(m0.x + mark, m0.y + mark), p.accent, mark / 4);
    const float u = mark / 28;
    for (int i = 0; i < 3; ++i) {
        const float y = m0.y + (9 + 5 * i) * u;
        const float right = m0.x + (i == 2 ? 16 : 20) * u;
        draw->AddLine(ImVec2(m0.x + 8 * u, y), ImVec2(right, y), p.on_accent, 2 * s);
    }
}

float draw_header_mark(ImDrawList* draw, HostLogo* logo, float x, float bar_top, float bar_height, float max_width,
                       float s) {
    if (logo && logo->shown())
        return logo->draw(draw, x, bar_top + bar_height / 2, bar_height - 2 * kLogoInset * s, max_width);
    const float mark = kMarkSize * s;
    draw_brand_mark(draw, ImVec2(x, bar_top + (bar_height - mark) / 2), mark, s);
    return mark;
}

}  // namespace ip::app
