// The one interface between the app and the browser. Everything that needs
// JavaScript (canvas size, device pixel ratio, clipboard, files, downloads,
// storage, the colour scheme, the on-screen keyboard, the embedding page, the
// page's loading state) goes through here, so the UI code has no #ifdefs and
// no Emscripten calls. The web backend is platform_web.cpp with its
// JavaScript in src/platform/web/*.js (Emscripten JS libraries, one per
// concern, named below); keyboard keys, mouse buttons and the WebGL2 context
// come from Emscripten's GLFW through Dear ImGui's imgui_impl_glfw, not from
// here.
//
// What the web backend does, in the manner of Dear ImGui's backends:
// Implemented features:
//  [X] Frame loop: requestAnimationFrame; frames drawn only after a wake-up (run_frame_loop,
//      take_redraw_request; frame.js)
//  [X] High DPI: backing store = CSS size x devicePixelRatio, browser zoom included (sync_canvas_size; frame.js)
//  [X] Visibility: the loop sleeps in hidden tabs (the browser stops requestAnimationFrame); wakes on return (frame.js)
//  [X] Mouse wheel: in ImGui's notches, from pixel, line or page deltas (on_wheel; platform_web.cpp)
//  [X] Paste: the page's paste event, line ends normalized (on_paste; clipboard.js)
//  [X] Clipboard write: navigator.clipboard, execCommand('copy') as fallback (copy_to_clipboard; clipboard.js)
//  [X] Files: picker, drag and drop with the pointer's place, PDF text via pdf.js, downloads (files.js)
//  [X] Storage: localStorage, closed for writing once "Forget everything" starts (save_value; storage.js)
//  [X] Colour scheme: prefers-color-scheme, live (prefers_dark; page.js)
//  [X] Touch: finger drags scroll, taps on text fields focus at once (last_pointer_was_touch; text_input.js)
//  [X] On-screen keyboard and IME text on touch devices: a hidden <input> over the edited field
//      (set_text_input, take_soft_keys; text_input.js)
//  [X] Accessibility: the report as page content in an overlay; the page's skip button (overlay.js)
//  [X] Embedding: host settings, consent with a visibility check, events (embed_*; embedding.js)
// Missing features:
//  [ ] Clipboard read on demand (ImGui's GetClipboardTextFn returns nothing: text arrives only by the paste event)
//  [ ] IME with a hardware keyboard (the hidden <input> takes the focus only after a touch; a desktop IME's
//      composition does not reach the canvas)
//  [ ] IME composition window placement (the browser places it at the hidden <input>)
//  [ ] Mouse cursors (ImGui's cursor shape is not passed to the page)
//  [ ] Gamepads
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace ip::platform {

// Installs the page listeners (input wake-ups, resize, paste, drag and drop,
// colour scheme). Call once, after the GLFW window exists.
void init();

struct CanvasSize {
    int width = 0;  // backing-store pixels = CSS size x device pixel ratio
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
// Calls frame(arg) on every display frame of the page (requestAnimationFrame)
// from now on; returns at once (main() may return, the loop goes on).
void run_frame_loop(void (*frame)(void* arg), void* arg);
// The mouse wheel over the canvas, in ImGui's units: notches, up and left
// positive (one notch is 100 px, 3 lines or 1/80 page). The page itself never
// scrolls.
void on_wheel(std::function<void(float notches_x, float notches_y)> handler);
// Milliseconds since the page loaded (monotonic), for debouncing and timers.
double now_ms();
// Today in the user's time zone, "YYYY-MM-DD".
std::string today();
// The browser's language tag (navigator.language), "en-US"; "" when unknown.
std::string browser_language();

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

// A file dragged over the page: where the pointer is (CSS pixels), so the app
// can show which input will take it.
struct DragState {
    bool active = false;
    float x = 0;
    float y = 0;
};
DragState drag_state();
// A file dropped anywhere on the page, with the drop point in CSS pixels.
void on_file_dropped(std::function<void(const std::string& name, const std::string& bytes, float x, float y)> handler);

// Turns a PDF's bytes into the engine's positioned-items JSON with pdf.js
// (web/pdf/pdf-import.js, loaded on first use). The handler gets ok=true and
// the JSON, or ok=false and a readable reason.
void pdf_to_items(const std::string& bytes, std::function<void(bool ok, const std::string& result)> handler);

// Saves bytes as a file in the user's downloads folder.
void download(const std::string& filename, const std::string& mime_type, const std::string& bytes);

// Shows an HTML document (an exported report) in an overlay over the canvas,
// as real page content a screen reader can read; Esc or its close button
// closes it. `title` labels the dialog.
void show_document_overlay(const std::string& html, const std::string& title);
bool document_overlay_open();
// Opens the browser's print dialog on an exported HTML document (the report
// or the handout, with their print CSS), shown in the overlay meanwhile; the
// overlay closes after printing.
void print_document(const std::string& html, const std::string& title);
// The page's own "Read your playbook as a web page" button (shell.html), the
// first Tab stop for screen-reader users: shown while a playbook exists.
void set_accessible_view_available(bool available);
void on_accessible_view_requested(std::function<void()> handler);

// Small persistent key/value storage in this browser only (localStorage).
// load_value returns "" for a missing key; save_value returns false when the
// browser refuses (storage full or disabled). After
// forget_everything_and_reload nothing is written any more.
std::string load_value(const std::string& key);
bool save_value(const std::string& key, const std::string& value);
void remove_value(const std::string& key);
// Deletes everything this site keeps in this browser (web/forget.js) and
// reloads the page.
void forget_everything_and_reload();

// True when the system asks for a dark colour scheme (prefers-color-scheme);
// a change requests a redraw.
bool prefers_dark();

// The on-screen keyboard: while a text field is being edited on a touch
// device, a hidden <input> placed over the field (CSS pixels) holds the
// browser's focus so the keyboard opens; what is typed into it reaches ImGui
// as characters and Backspace/Enter key presses.
void set_text_input(bool active, float x, float y, float w, float h);
// The text fields on screen this frame (CSS pixels, x y w h each). iOS opens
// the keyboard only for a focus() inside the tap itself, so the page focuses
// the hidden <input> at once when a tap lands on one of them.
void set_text_field_areas(const float* xywh, int count);
// The pointer that last pressed was a finger or a pen, not a mouse (touch
// drags scroll; a mouse drag selects).
bool last_pointer_was_touch();
// What the on-screen keyboard sent since the last call that did not also
// arrive as ordinary key events: text, and Backspace and Enter presses.
struct SoftKeys {
    std::string text;
    int backspace = 0;
    int enter = 0;
};
SoftKeys take_soft_keys();

// Embedding (web/embed-frame.js): the host page's origin when the app runs in
// another site's iframe, else "".
std::string embed_host();
// The person clicked "Share this playbook with <host>". The click counts only
// when the app has been fully visible and unmoved for a while (a host cannot
// hide or cover the app and move the button under a decoy); otherwise the
// person is asked again in a top-level window the host cannot cover. The
// latest playbook given to embed_notify_generated is posted once consent is
// given.
void embed_request_share();
// True once the person has agreed to share (for this page load).
bool embed_shared();
// Hands each new playbook (JSON) to the host; it is posted only after consent.
void embed_notify_generated(const std::string& playbook_json);
void embed_notify_exported(const std::string& format);
// The host's logo as RGBA pixels (rows top to bottom, width * height * 4
// bytes), decoded and size-checked by the browser, never by the app.
struct LogoPixels {
    int width = 0;
    int height = 0;
    std::string rgba;  // empty: no logo
};
// The host's settings as they arrive, checked by web/embed-frame.js; each
// one replaces the previous.
struct EmbedConfig {
    std::string job;
    std::string company;
    std::string role;
    std::string brand_color;        // "#rrggbb", or "" for the app's own accent
    LogoPixels logo;                // empty for none
    std::vector<std::string> hide;  // section names (docs/embedding.md)
};
void on_embed_configure(std::function<void(const EmbedConfig& config)> handler);

// A warning in the browser's console, for problems the user need not see
// (the host's logo could not be read).
void log_warning(const std::string& message);

// Tells the page the first frame is on screen: hides the loading indicator and
// sets document.body.dataset.ready = "1" (browser tests wait for it).
void signal_first_frame();

// The browser tests' window.__ip hook (see app/test_hook.h): `state` returns
// the app's state as JSON; `click` presses the control with that id on the
// next frame and returns false when no such control is on screen. Installed
// only in a browser under automation (navigator.webdriver).
void install_test_hook(std::function<std::string()> state, std::function<bool(const std::string& id)> click);

}  // namespace ip::platform
