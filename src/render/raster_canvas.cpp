#include "render/raster_canvas.h"

#include <algorithm>

namespace ip {

Canvas::Canvas(int width, int height, Rgb background)
    : width_(std::max(width, 0)), height_(std::max(height, 0)),
      rgb_(static_cast<size_t>(width_) * static_cast<size_t>(height_) * 3) {
    for (size_t i = 0; i < rgb_.size(); i += 3) {
        rgb_[i] = background.r;
        rgb_[i + 1] = background.g;
        rgb_[i + 2] = background.b;
    }
}

void Canvas::fill_rect(int x, int y, int w, int h, Rgb c) {
    const int x0 = std::max(x, 0), y0 = std::max(y, 0);
    const int x1 = std::min(x + w, width_), y1 = std::min(y + h, height_);
    for (int yy = y0; yy < y1; ++yy) {
        uint8_t* row = &rgb_[(static_cast<size_t>(yy) * width_ + x0) * 3];
        for (int xx = x0; xx < x1; ++xx, row += 3) {
            row[0] = c.r;
            row[1] = c.g;
            row[2] = c.b;
        }
    }
}

void Canvas::stroke_rect(int x, int y, int w, int h, int t, Rgb c) {
    fill_rect(x, y, w, t, c);
    fill_rect(x, y + h - t, w, t, c);
    fill_rect(x, y, t, h, c);
    fill_rect(x + w - t, y, t, h, c);
}

void Canvas::blend_mask(int x, int y, int w, int h, const uint8_t* alpha, Rgb c) {
    for (int j = 0; j < h; ++j) {
        const int yy = y + j;
        if (yy < 0 || yy >= height_) continue;
        for (int i = 0; i < w; ++i) {
            const int xx = x + i;
            const unsigned a = alpha[j * w + i];
            if (a == 0 || xx < 0 || xx >= width_) continue;
            uint8_t* p = &rgb_[(static_cast<size_t>(yy) * width_ + xx) * 3];
            p[0] = static_cast<uint8_t>((c.r * a + p[0] * (255 - a) + 127) / 255);
            p[1] = static_cast<uint8_t>((c.g * a + p[1] * (255 - a) + 127) / 255);
            p[2] = static_cast<uint8_t>((c.b * a + p[2] * (255 - a) + 127) / 255);
        }
    }
}

}  // namespace ip
