#include "app/logo_image.h"

#include <climits>
#include <cstdio>

// The engine's copy of stb_image (parse/zip_reader.cpp) has every image
// format switched off; this one decodes PNG and JPEG only, with its
// functions kept private to this file so the two copies do not collide.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_NO_SIMD
#define STBI_MAX_DIMENSIONS 16384
#include <stb/stb_image.h>

namespace ip::app {

LogoImage decode_logo_image(const std::string& bytes) {
    LogoImage out;
    if (bytes.empty() || bytes.size() > INT_MAX) {
        out.error = "no image data";
        return out;
    }
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int size = static_cast<int>(bytes.size());
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(data, size, &w, &h, &channels)) {
        out.error = std::string("not a PNG or JPEG image (") + stbi_failure_reason() + ")";
        return out;
    }
    if (w > kMaxLogoSide || h > kMaxLogoSide) {
        char reason[96];
        std::snprintf(reason, sizeof reason, "%d x %d pixels is larger than %d x %d", w, h, kMaxLogoSide,
                      kMaxLogoSide);
        out.error = reason;
        return out;
    }
    stbi_uc* pixels = stbi_load_from_memory(data, size, &w, &h, &channels, 4);
    if (!pixels) {
        out.error = std::string("the image could not be decoded (") + stbi_failure_reason() + ")";
        return out;
    }
    out.width = w;
    out.height = h;
    out.rgba.assign(pixels, pixels + static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    stbi_image_free(pixels);
    return out;
}

}  // namespace ip::app
