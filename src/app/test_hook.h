// The browser tests' view into the app. ImGui draws into a canvas and has no
// DOM, so the app exposes window.__ip (installed by platform):
//   __ip.state()   -> {screen, section, fields, summaries, fills, controls...}
//                     (app_state_json in app.cpp builds it)
//   __ip.click(id) -> presses the control `id` on the next frame; false when
//                     it was not on screen in the last frame
// Controls register themselves with hook::item right after they are drawn;
// state().controls lists each with its rectangle in CSS pixels, so a test can
// also click the real thing with the mouse.
#pragma once
#include <string>

namespace ip::app::hook {

// Records the last ImGui item as control `id` this frame; true when a test
// asked to click it (the request is used up).
bool item(const std::string& id);
// For a control drawn as the first argument: `pressed` by the user, or
// clicked by a test. hook::control(ImGui::Button("Save"), "save").
inline bool control(bool pressed, const std::string& id) {
    const bool asked = item(id);
    return pressed || asked;
}

// Starts a frame's list of controls.
void begin_frame();
// A test's click request (made between frames); false when `id` was not
// drawn in the last frame.
bool request_click(const std::string& id);
// The control the keyboard focus is on (its highlight shown), or "".
std::string focused_control();
// The last frame's controls as a JSON array [{id, x, y, w, h}] in CSS pixels.
std::string controls_json(float scale);

}  // namespace ip::app::hook
