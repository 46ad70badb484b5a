#include "app/brand_palette.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ip::app {

namespace {

constexpr ImU32 kWhite = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
constexpr ImU32 kBlack = IM_COL32(0x00, 0x00, 0x00, 0xFF);
constexpr ImU32 kNearBlack = IM_COL32(0x10, 0x13, 0x1A, 0xFF);
constexpr float kTextContrast = 4.5f;

int channel(ImU32 c, int shift) { return static_cast<int>((c >> shift) & 0xFF); }

float linear(int value) {
    const float v = static_cast<float>(value) / 255.0f;
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
}

float luminance(ImU32 c) {
    return 0.2126f * linear(channel(c, IM_COL32_R_SHIFT)) + 0.7152f * linear(channel(c, IM_COL32_G_SHIFT)) +
           0.0722f * linear(channel(c, IM_COL32_B_SHIFT));
}

// `t` of the way from `a` to `b`, opaque.
ImU32 mix(ImU32 a, ImU32 b, float t) {
    auto at = [&](int shift) {
        return static_cast<int>(std::lround(channel(a, shift) + (channel(b, shift) - channel(a, shift)) * t));
    };
    return IM_COL32(at(IM_COL32_R_SHIFT), at(IM_COL32_G_SHIFT), at(IM_COL32_B_SHIFT), 0xFF);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<ImU32> parse_hex_color(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    int rgb[3];
    for (int i = 0; i < 3; ++i) {
        const int hi = hex_digit(text[1 + 2 * i]);
        const int lo = hex_digit(text[2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        rgb[i] = hi * 16 + lo;
    }
    return IM_COL32(rgb[0], rgb[1], rgb[2], 0xFF);
}

std::string hex_color(ImU32 color) {
    char out[8];
    std::snprintf(out, sizeof out, "#%02x%02x%02x", channel(color, IM_COL32_R_SHIFT), channel(color, IM_COL32_G_SHIFT),
                  channel(color, IM_COL32_B_SHIFT));
    return out;
}

float contrast_ratio(ImU32 a, ImU32 b) {
    const float la = luminance(a);
    const float lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

Palette with_brand_accent(const Palette& base, ImU32 brand, bool dark) {
    auto worst_contrast = [&](ImU32 c) {
        return std::min(
            {contrast_ratio(c, base.page), contrast_ratio(c, base.surface), contrast_ratio(c, base.surface_alt)});
    };
    ImU32 accent = brand | IM_COL32_A_MASK;
    const ImU32 toward = dark ? kWhite : kBlack;
    for (int step = 1; step <= 20 && worst_contrast(accent) < kTextContrast; ++step)
        accent = mix(brand | IM_COL32_A_MASK, toward, step / 20.0f);

    Palette p = base;
    p.accent = accent;
    p.on_accent = contrast_ratio(kWhite, accent) >= contrast_ratio(kNearBlack, accent) ? kWhite : kNearBlack;
    p.accent_soft = mix(base.surface, accent, 0.12f);
    p.accent_hover = mix(base.surface, accent, 0.2f);
    p.accent_pressed = mix(base.surface, accent, 0.28f);
    return p;
}

}  // namespace ip::app
