// A multi-line text box that shows its text word-wrapped to the box while it
// is not being edited (ImGui 1.86's InputTextMultiline does not wrap), and
// turns into the real InputTextMultiline when clicked, tapped or activated
// from the keyboard.
#pragma once
#include <imgui.h>

#include <string>

namespace ip::app {

// Draws the box filling `size`; `placeholder` shows while it is empty and not
// being edited. `name` keys the layout statistics below. Returns true when
// the text changed.
bool wrapped_text_box(const char* id, const std::string& name, std::string& value, const char* placeholder, ImVec2 size,
                      float scale);

// The last wrapped layout of the box called `name`, for the browser tests:
// how many lines, the widest line and the width they wrap at, in pixels.
struct WrappedTextStats {
    int lines = 0;
    float widest = 0;
    float wrap_width = 0;
};
WrappedTextStats wrapped_text_stats(const std::string& name);

}  // namespace ip::app
