// Small themed widgets the screens share, built on ImGui. Sizes are in CSS
// pixels and scaled by the UI scale passed in.
#pragma once
#include <imgui.h>

#include <string>

namespace ip::app {

// Single-line text field bound to a std::string, with a greyed hint when empty.
bool text_field(const char* id, std::string& value, const char* hint, float width);

// Multi-line text area filling `size`, with a placeholder drawn while it is
// empty and not being edited. Returns true when the text changed.
bool text_area(const char* id, std::string& value, const char* placeholder, ImVec2 size, float scale);

// A quiet button (accent text on a tinted background) sized to its label.
bool soft_button(const char* label, float scale);

// Text in the muted colour, optionally wrapped at the available width.
void muted_text(const char* text, bool wrap = false);

// Counts words the way a reader would: runs of non-space characters.
int word_count(const std::string& text);

}  // namespace ip::app
