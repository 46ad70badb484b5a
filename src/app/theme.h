// The app's look: one light palette and the spacing scale, applied to ImGui's
// style at the current UI scale (CSS pixels -> backing-store pixels).
#pragma once
#include <imgui.h>

namespace ip::app {

struct Palette {
    ImU32 page;         // window background
    ImU32 surface;      // cards
    ImU32 border;
    ImU32 text;
    ImU32 muted;        // secondary text, hints
    ImU32 accent;
    ImU32 accent_soft;  // tinted backgrounds behind accent text
    ImU32 positive;       // the privacy badge: dot
    ImU32 positive_soft;  // its background
    ImU32 positive_text;  // its text
};
const Palette& palette();

// Resets ImGui's style to the theme, with every size multiplied by `scale`.
void apply_theme(float scale);

}  // namespace ip::app
