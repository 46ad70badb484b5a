// A host site's logo, decoded from PNG or JPEG bytes into RGBA pixels. Bad,
// unsupported or oversized images are refused with a reason, never a crash.
#pragma once
#include <string>
#include <vector>

namespace ip::app {

// Logos larger than this on either side are refused before decoding.
constexpr int kMaxLogoSide = 2048;

struct LogoImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;  // width * height * 4, rows top to bottom
    std::string error;                // why the bytes were refused; "" when decoded
};

LogoImage decode_logo_image(const std::string& bytes);

}  // namespace ip::app
