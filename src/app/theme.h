// The app's look: a light and a dark palette (the system's colour scheme
// picks one; a site that embeds the app may replace the accent with its
// brand colour) and the spacing scale, applied to ImGui's style at the
// current UI scale (CSS pixels -> backing-store pixels).
#pragma once
#include <imgui.h>

#include <optional>

namespace ip::app {

struct Palette {
    ImU32 page;         // window background
    ImU32 surface;      // cards
    ImU32 surface_alt;  // quiet panels inside cards, table stripes
    ImU32 border;
    ImU32 text;
    ImU32 muted;  // secondary text, hints
    ImU32 accent;
    ImU32 accent_soft;   // tinted backgrounds behind accent text
    ImU32 on_accent;     // text on an accent background
    ImU32 accent_hover;  // soft buttons, hovered and pressed
    ImU32 accent_pressed;
    ImU32 positive;  // covered, the privacy badge's dot
    ImU32 positive_soft;
    ImU32 positive_text;
    ImU32 caution;  // partial
    ImU32 caution_soft;
    ImU32 danger;  // gaps, errors
    ImU32 danger_soft;
    // The three provenances of rich text, and the user's own answers.
    ImU32 fact;
    ImU32 fact_soft;
    ImU32 draft;
    ImU32 draft_soft;
    ImU32 fill;
    ImU32 fill_soft;
    ImU32 yours;
    ImU32 yours_soft;
};
const Palette& palette();
bool dark_theme();

// Resets ImGui's style to the theme, with every size multiplied by `scale`,
// and the accent made from `brand` when one is given.
void apply_theme(float scale, bool dark, std::optional<ImU32> brand = std::nullopt);

// `c` with its alpha replaced (0-255).
ImU32 with_alpha(ImU32 c, int alpha);

}  // namespace ip::app
