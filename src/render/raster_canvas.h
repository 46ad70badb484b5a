// An RGB pixel buffer with the few drawing operations the handout needs.
// Integer arithmetic only, so native and WASM builds produce the same pixels.
#pragma once
#include <cstdint>
#include <vector>

namespace ip {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

struct PixelRect {
    int x = 0, y = 0, w = 0, h = 0;
};

class Canvas {
public:
    Canvas(int width, int height, Rgb background);
    int width() const { return width_; }
    int height() const { return height_; }
    const std::vector<uint8_t>& pixels() const { return rgb_; }  // row-major RGB

    // Drawing outside the clip rectangle (initially the whole canvas) is dropped.
    void set_clip(const PixelRect& clip);

    void fill_rect(int x, int y, int w, int h, Rgb color);
    void stroke_rect(int x, int y, int w, int h, int thickness, Rgb color);
    // Blends an 8-bit coverage mask (w x h, row-major) at (x, y) in `color`.
    void blend_mask(int x, int y, int w, int h, const uint8_t* alpha, Rgb color);

private:
    int width_, height_;
    PixelRect clip_;
    std::vector<uint8_t> rgb_;
};

}  // namespace ip
