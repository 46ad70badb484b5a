// The one interface between the app and the browser. Everything that needs
// JavaScript (canvas size, device pixel ratio, clipboard, files, storage, the
// page's loading state) goes through here; platform_web.cpp implements it with
// EM_JS and EMSCRIPTEN_KEEPALIVE callbacks, so the UI code has no #ifdefs.
#pragma once
#include <functional>
#include <string>

namespace ip::platform {

// Installs the page listeners (input wake-ups, resize, paste). Call once,
// after the GLFW window exists.
void init();

struct CanvasSize {
    int width = 0;   // backing-store pixels = CSS size x device pixel ratio
    int height = 0;
    float pixel_ratio = 1.0f;  // window.devicePixelRatio (browser zoom changes it)
};
// Resizes the canvas backing store to its CSS size times the device pixel
// ratio when either changed (GLFW sees the new size through its resize hook),
// and returns the current size.
CanvasSize sync_canvas_size();

// True when something happened since the last call that may change what is on
// screen (input, resize, zoom, paste, a file arriving). The app renders only
// then, so an idle tab costs next to nothing.
bool take_redraw_request();

// Text the user pasted into the page (Ctrl+V, Cmd+V, context menu), with line
// ends normalized to \n. The handler runs between frames.
void on_paste(std::function<void(const std::string& text)> handler);
// Writes to the system clipboard (needs a recent user gesture, as a key press
// or click handled in the same frame is).
void copy_to_clipboard(const std::string& text);

// Opens the browser's file picker (`accept` as in <input accept>, e.g.
// ".txt,.md"). The handler gets the file's name and bytes, between frames; it
// is not called when the user cancels.
void open_file(const std::string& accept,
               std::function<void(const std::string& name, const std::string& bytes)> handler);

// Small persistent key/value storage in this browser only (localStorage).
// load_value returns "" for a missing key; save_value returns false when the
// browser refuses (storage full or disabled).
std::string load_value(const std::string& key);
bool save_value(const std::string& key, const std::string& value);
void remove_value(const std::string& key);

// Tells the page the first frame is on screen: hides the loading indicator and
// sets document.body.dataset.ready = "1" (browser tests wait for it).
void signal_first_frame();

}  // namespace ip::platform
