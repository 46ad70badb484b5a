#include "app/host_logo.h"

#include "app/texture.h"

#include <cstdint>

namespace ip::app {

HostLogo::~HostLogo() { release(); }

void HostLogo::release() {
    if (texture_ != 0) delete_texture(texture_);
    texture_ = 0;
    width_ = height_ = 0;
    drawn_min_ = drawn_max_ = ImVec2(0, 0);
}

std::string HostLogo::set(const platform::LogoPixels& image) {
    release();
    if (image.rgba.empty()) return {};
    if (image.width < 1 || image.height < 1 ||
        image.rgba.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 4)
        return "its pixels do not match its size";
    if (image.width > kMaxLogoSide || image.height > kMaxLogoSide)
        return std::to_string(image.width) + " x " + std::to_string(image.height) + " pixels is larger than " +
               std::to_string(kMaxLogoSide) + " x " + std::to_string(kMaxLogoSide);

    texture_ = create_rgba_texture(image.width, image.height, image.rgba);
    width_ = image.width;
    height_ = image.height;
    return {};
}

float HostLogo::draw(ImDrawList* draw, float x, float center_y, float height, float max_width) {
    if (!shown()) return 0;
    const float aspect = static_cast<float>(width_) / static_cast<float>(height_);
    float w = height * aspect;
    float h = height;
    if (w > max_width) {
        w = max_width;
        h = w / aspect;
    }
    drawn_min_ = ImVec2(x, center_y - h / 2);
    drawn_max_ = ImVec2(x + w, center_y + h / 2);
    draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture_)), drawn_min_, drawn_max_);
    return w;
}

}  // namespace ip::app
