#include "app/host_logo.h"

#include <GLES3/gl3.h>

#include <cstdint>

namespace ip::app {

HostLogo::~HostLogo() { release(); }

void HostLogo::release() {
    if (texture_ != 0) {
        const GLuint texture = texture_;
        glDeleteTextures(1, &texture);
    }
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

    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    // Mipmaps: a large logo is drawn a few dozen pixels tall.
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    texture_ = texture;
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
