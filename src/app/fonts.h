// The UI fonts (Inter, bundled at /fonts in the app's file system), rasterized
// at the device pixel ratio. ImGui 1.86 has no scalable fonts, so the atlas is
// rebuilt whenever the ratio changes (browser zoom, moving to another screen).
#pragma once
#include <imgui.h>

#include <string>

namespace ip::app {

struct Fonts {
    ImFont* body = nullptr;      // 16 px regular: fields, paragraphs
    ImFont* label = nullptr;     // 16 px semibold: field labels, buttons
    ImFont* small = nullptr;     // 13.5 px regular: hints, counters
    ImFont* brand = nullptr;     // 18 px semibold: the product name, card titles
    ImFont* headline = nullptr;  // 30 px semibold: the screen's title
    ImFont* title = nullptr;     // 24 px semibold: a playbook section's title
    ImFont* score = nullptr;     // 44 px semibold, digits only: the fit score
};

class FontLibrary {
public:
    // Reads the font files once. Returns false (and keeps ImGui's built-in
    // font as a fallback) when they are missing.
    bool load(const char* regular_path, const char* bold_path, std::string& error);

    // Rebuilds ImGui's font atlas at `scale` (CSS px -> backing px) and
    // returns the fonts; the caller re-uploads the atlas texture.
    Fonts build(float scale);

    // The font files' bytes (the PNG handout is drawn with the same fonts).
    const std::string& regular_bytes() const { return regular_; }
    const std::string& bold_bytes() const { return bold_; }

private:
    std::string regular_;
    std::string bold_;
};

}  // namespace ip::app
