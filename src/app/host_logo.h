// The embedding site's logo as a texture, drawn in the header in place of
// the app's mark (docs/embedding.md).
#pragma once
#include <imgui.h>

#include <string>

#include "platform/platform.h"

namespace ip::app {

// Logos larger than this on either side are refused (web/embed-frame.js
// refuses them before decoding; this is the app's own check).
constexpr int kMaxLogoSide = 2048;

class HostLogo {
public:
    HostLogo() = default;
    HostLogo(const HostLogo&) = delete;
    HostLogo& operator=(const HostLogo&) = delete;
    ~HostLogo();

    // Shows the pixels from now on; an empty logo removes it. Returns why
    // they were refused ("" when shown or removed): a size that does not
    // match the pixels, or a side over kMaxLogoSide. A refused image leaves
    // no logo.
    std::string set(const platform::LogoPixels& logo);

    bool shown() const { return texture_ != 0; }
    int width() const { return width_; }  // the image's pixels
    int height() const { return height_; }

    // Draws the logo `height` pixels tall (at most `max_width` wide, keeping
    // its proportions) with its left edge at `x`, centred on `center_y`;
    // returns the width drawn.
    float draw(ImDrawList* draw, float x, float center_y, float height, float max_width);
    // Where it was last drawn (screen pixels), for the test hook.
    ImVec2 drawn_min() const { return drawn_min_; }
    ImVec2 drawn_max() const { return drawn_max_; }

private:
    void release();

    unsigned texture_ = 0;
    int width_ = 0;
    int height_ = 0;
    ImVec2 drawn_min_{0, 0};
    ImVec2 drawn_max_{0, 0};
};

}  // namespace ip::app
