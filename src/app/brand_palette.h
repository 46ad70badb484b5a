// A host site's brand colour as the app's accent (docs/embedding.md): the
// accent and its tints are derived from it, and the text drawn on it is white
// or near-black, whichever reads better.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>

#include "app/theme.h"

namespace ip::app {

// "#rrggbb" -> the colour; anything else -> nullopt.
std::optional<ImU32> parse_hex_color(const std::string& text);
// The colour as "#rrggbb".
std::string hex_color(ImU32 color);

// WCAG contrast ratio of two opaque colours (1 to 21).
float contrast_ratio(ImU32 a, ImU32 b);

// `base` with its accent family replaced by `brand`. The brand is used as it
// is where it reads as text on the theme's backgrounds (contrast 4.5:1);
// otherwise it is darkened (light theme) or lightened (dark theme) just
// enough.
Palette with_brand_accent(const Palette& base, ImU32 brand, bool dark);

}  // namespace ip::app
