#include "render/raster_canvas.h"

#include <algorithm>

namespace ip {

Canvas::Canvas(int width, int height, Rgb background)
    : width_(std::max(width, 0)),
      height_(std::max(height, 0)),
      clip_{0, 0, width_, height_},
      rgb_(static_cast<size_t>(width_) * static_cast<size_t>(height_) * 3) {
    for (size_t i = 0; i < rgb_.size(); i += 3) {
        rgb_[i] = background.r;
        rgb_[i + 1] = background.g;
        rgb_[i + 2] = background.b;
    }
}

void Canvas::set_clip(const PixelRect& clip) {
    const int x0 = std::clamp(clip.x, 0, width_), y0 = std::clamp(clip.y, 0, height_);
    const int x1 = std::clamp(clip.x + clip.w, x0, width_), y1 = std::clamp(clip.y + clip.h, y0, height_);
    clip_ = {x0, y0, x1 - x0, y1 - y0};
}

void Canvas::fill_rect(int x, int y, int w, int h, Rgb c) {
    const int x0 = std::max(x, clip_.x), y0 = std::max(y, clip_.y);
    const int x1 = std::min(x + w, clip_.x + clip_.w), y1 = std::min(y + h, clip_.y + clip_.h);
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
        if (yy < clip_.y || yy >= clip_.y + clip_.h) continue;
        for (int i = 0; i < w; ++i) {
            const int xx = x + i;
            const unsigned a = alpha[j * w + i];
            if (a == 0 || xx < clip_.x || xx >= clip_.x + clip_.w) continue;
            uint8_t* p = &rgb_[(static_cast<size_t>(yy) * width_ + xx) * 3];
            p[0] = static_cast<uint8_t>((c.r * a + p[0] * (255 - a) + 127) / 255);
            p[1] = static_cast<uint8_t>((c.g * a + p[1] * (255 - a) + 127) / 255);
            p[2] = static_cast<uint8_t>((c.b * a + p[2] * (255 - a) + 127) / 255);
        }
    }
}

}  // namespace ip
