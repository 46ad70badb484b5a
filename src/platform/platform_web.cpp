// The browser side of platform.h. The JavaScript lives in Emscripten JS
// libraries, src/platform/web/*.js (one file per concern, linked with
// --js-library by cmake/web_app.cmake); this file declares their `ip_js_*`
// functions, defines the EMSCRIPTEN_KEEPALIVE functions their page listeners
// call back into, and implements platform.h on top of both.
//
// [SECTION] Callbacks from the page (EMSCRIPTEN_KEEPALIVE)
// [SECTION] The JavaScript side (src/platform/web/*.js)
// [SECTION] platform.h implementation
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace {

std::function<void(const std::string&)> g_paste_handler;
std::function<void(const std::string&, const std::string&)> g_file_handler;
std::function<void(const std::string&, const std::string&, float, float)> g_drop_handler;
std::function<void(bool, const std::string&)> g_pdf_handler;
std::function<void(const ip::platform::EmbedConfig&)> g_embed_handler;
std::function<void()> g_accessible_view_handler;
std::function<void(float, float)> g_wheel_handler;
std::function<std::string()> g_test_state;
std::function<bool(const std::string&)> g_test_click;
ip::platform::SoftKeys g_soft_keys;
std::string g_test_reply;
bool g_storage_closed = false;  // "Forget everything" is under way

}  // namespace

// [SECTION] Callbacks from the page (EMSCRIPTEN_KEEPALIVE)

extern "C" {

EMSCRIPTEN_KEEPALIVE void ip_platform_pasted(const char* text) {
    if (g_paste_handler) g_paste_handler(text);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_file_opened(const char* name, const char* bytes, int size) {
    if (!g_file_handler) return;
    // One picker at a time: the handler belongs to the request that opened it.
    auto handler = std::move(g_file_handler);
    g_file_handler = nullptr;
    handler(name, std::string(bytes, static_cast<size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void ip_platform_file_dropped(const char* name, const char* bytes, int size, float x, float y) {
    if (g_drop_handler) g_drop_handler(name, std::string(bytes, static_cast<size_t>(size)), x, y);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_pdf_done(int ok, const char* result) {
    if (!g_pdf_handler) return;
    auto handler = std::move(g_pdf_handler);
    g_pdf_handler = nullptr;
    handler(ok != 0, result);
}

EMSCRIPTEN_KEEPALIVE void ip_platform_accessible_view() {
    if (g_accessible_view_handler) g_accessible_view_handler();
}

EMSCRIPTEN_KEEPALIVE void ip_platform_soft_text(const char* text) { g_soft_keys.text += text; }

EMSCRIPTEN_KEEPALIVE void ip_platform_soft_key(int key) {
    if (key == 8) ++g_soft_keys.backspace;
    if (key == 13) ++g_soft_keys.enter;
}

// `hide` is the section names joined by commas.
EMSCRIPTEN_KEEPALIVE void ip_platform_embed_configure(const char* job, const char* company, const char* role,
                                                      const char* brand_color, const char* logo_rgba, int logo_size,
                                                      int logo_width, int logo_height, const char* hide) {
    if (!g_embed_handler) return;
    ip::platform::EmbedConfig config{job,
                                     company,
                                     role,
                                     brand_color,
                                     {logo_width, logo_height, std::string(logo_rgba, static_cast<size_t>(logo_size))},
                                     {}};
    std::string names = hide;
    for (size_t start = 0; start < names.size();) {
        const size_t comma = std::min(names.find(',', start), names.size());
        if (comma > start) config.hide.push_back(names.substr(start, comma - start));
        start = comma + 1;
    }
    g_embed_handler(config);
}

EMSCRIPTEN_KEEPALIVE const char* ip_test_state() {
    g_test_reply = g_test_state ? g_test_state() : std::string("{}");
    return g_test_reply.c_str();
}

EMSCRIPTEN_KEEPALIVE int ip_test_click(const char* id) { return g_test_click && g_test_click(id) ? 1 : 0; }

}  // extern "C"

// [SECTION] The JavaScript side (src/platform/web/*.js)

// Strings come in as UTF-8 and are only read during the call. A char* result
// is a _malloc'd copy the caller frees (0 for none); an int result is 0 or 1.
extern "C" {
// frame.js
void ip_js_init();
void ip_js_sync_canvas(int* out_size, float* out_ratio);  // out_size: width, height
int ip_js_take_redraw();
void ip_js_signal_first_frame();
// clipboard.js
void ip_js_copy(const char* text);
// text_input.js
void ip_js_set_text_input(int active, float x, float y, float w, float h);
void ip_js_set_text_field_areas(const float* xywh, int count);
int ip_js_last_pointer_was_touch();
// files.js
int ip_js_drag_state(float* out);  // out: x, y
void ip_js_open_file(const char* accept);
void ip_js_pdf_to_items(const char* bytes, int size);
void ip_js_download(const char* name, const char* type, const char* bytes, int size);
// overlay.js
void ip_js_show_overlay(const char* html, const char* title);
int ip_js_overlay_open();
void ip_js_print_overlay();
void ip_js_set_accessible_view_available(int available);
// storage.js
char* ip_js_load_value(const char* key);
int ip_js_save_value(const char* key, const char* value);
void ip_js_remove_value(const char* key);
void ip_js_forget_everything();
// embedding.js
void ip_js_embed_listen();
char* ip_js_embed_host();
void ip_js_embed_request_share();
int ip_js_embed_shared();
void ip_js_embed_generated(const char* json);
void ip_js_embed_exported(const char* format);
// page.js
char* ip_js_today();
char* ip_js_browser_language();
int ip_js_prefers_dark();
void ip_js_log_warning(const char* message);
// test_hook.js
void ip_js_install_test_hook();
}  // extern "C"

// [SECTION] platform.h implementation

namespace ip::platform {

namespace {

std::string take_js_string(char* value) {
    if (!value) return {};
    std::string out(value);
    std::free(value);
    return out;
}

}  // namespace

void init() { ip_js_init(); }

CanvasSize sync_canvas_size() {
    int size[2] = {0, 0};
    CanvasSize out;
    ip_js_sync_canvas(size, &out.pixel_ratio);
    out.width = size[0];
    out.height = size[1];
    return out;
}

bool take_redraw_request() { return ip_js_take_redraw() != 0; }

void run_frame_loop(void (*frame)(void* arg), void* arg) { emscripten_set_main_loop_arg(frame, arg, 0, false); }

// Emscripten 3.1.6's GLFW hands its scroll callback the browser's raw deltaY
// (+100 px per notch, positive = down), which ImGui reads as 100 steps up:
// the wheel is read from the browser instead.
void on_wheel(std::function<void(float notches_x, float notches_y)> handler) {
    g_wheel_handler = std::move(handler);
    emscripten_set_wheel_callback("#canvas", nullptr, true, [](int, const EmscriptenWheelEvent* event, void*) {
        const double per_notch = event->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                                 : event->deltaMode == DOM_DELTA_LINE ? 3.0
                                                                      : 1.0 / 80.0;
        if (g_wheel_handler)
            g_wheel_handler(static_cast<float>(-event->deltaX / per_notch),
                            static_cast<float>(-event->deltaY / per_notch));
        return EM_TRUE;  // the page itself never scrolls
    });
}

double now_ms() { return emscripten_get_now(); }

std::string today() { return take_js_string(ip_js_today()); }

void on_paste(std::function<void(const std::string&)> handler) { g_paste_handler = std::move(handler); }

void copy_to_clipboard(const std::string& text) { ip_js_copy(text.c_str()); }

void open_file(const std::string& accept,
               std::function<void(const std::string& name, const std::string& bytes)> handler) {
    g_file_handler = std::move(handler);
    ip_js_open_file(accept.c_str());
}

DragState drag_state() {
    float at[2] = {0, 0};
    DragState out;
    out.active = ip_js_drag_state(at) != 0;
    out.x = at[0];
    out.y = at[1];
    return out;
}

void on_file_dropped(std::function<void(const std::string&, const std::string&, float, float)> handler) {
    g_drop_handler = std::move(handler);
}

void pdf_to_items(const std::string& bytes, std::function<void(bool ok, const std::string& result)> handler) {
    g_pdf_handler = std::move(handler);
    ip_js_pdf_to_items(bytes.data(), static_cast<int>(bytes.size()));
}

void download(const std::string& filename, const std::string& mime_type, const std::string& bytes) {
    ip_js_download(filename.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void show_document_overlay(const std::string& html, const std::string& title) {
    ip_js_show_overlay(html.c_str(), title.c_str());
}

bool document_overlay_open() { return ip_js_overlay_open() != 0; }

void print_document(const std::string& html, const std::string& title) {
    ip_js_show_overlay(html.c_str(), title.c_str());
    ip_js_print_overlay();
}

std::string browser_language() { return take_js_string(ip_js_browser_language()); }

void set_accessible_view_available(bool available) { ip_js_set_accessible_view_available(available ? 1 : 0); }

void on_accessible_view_requested(std::function<void()> handler) { g_accessible_view_handler = std::move(handler); }

std::string load_value(const std::string& key) { return take_js_string(ip_js_load_value(key.c_str())); }

// Once "Forget everything" has started, nothing is written until the reload:
// a write landing after the storage was cleared (a host sending settings, a
// debounced save) would bring the data back.
bool save_value(const std::string& key, const std::string& value) {
    if (g_storage_closed) return true;
    return ip_js_save_value(key.c_str(), value.c_str()) != 0;
}

void remove_value(const std::string& key) {
    if (!g_storage_closed) ip_js_remove_value(key.c_str());
}

void forget_everything_and_reload() {
    g_storage_closed = true;
    ip_js_forget_everything();
}

bool prefers_dark() { return ip_js_prefers_dark() != 0; }

void set_text_input(bool active, float x, float y, float w, float h) { ip_js_set_text_input(active, x, y, w, h); }

void set_text_field_areas(const float* xywh, int count) { ip_js_set_text_field_areas(xywh, count); }

bool last_pointer_was_touch() { return ip_js_last_pointer_was_touch() != 0; }

SoftKeys take_soft_keys() { return std::exchange(g_soft_keys, SoftKeys{}); }

std::string embed_host() { return take_js_string(ip_js_embed_host()); }

void embed_request_share() { ip_js_embed_request_share(); }

bool embed_shared() { return ip_js_embed_shared() != 0; }

void embed_notify_generated(const std::string& playbook_json) { ip_js_embed_generated(playbook_json.c_str()); }

void embed_notify_exported(const std::string& format) { ip_js_embed_exported(format.c_str()); }

void on_embed_configure(std::function<void(const EmbedConfig& config)> handler) {
    g_embed_handler = std::move(handler);
    ip_js_embed_listen();
}

void log_warning(const std::string& message) { ip_js_log_warning(message.c_str()); }

void signal_first_frame() { ip_js_signal_first_frame(); }

void install_test_hook(std::function<std::string()> state, std::function<bool(const std::string& id)> click) {
    g_test_state = std::move(state);
    g_test_click = std::move(click);
    ip_js_install_test_hook();
}

}  // namespace ip::platform
