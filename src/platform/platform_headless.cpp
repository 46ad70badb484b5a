// platform.h without a browser: the page's state lives in memory and the
// test drives it through platform_headless.h. Behaviour follows the web
// backend where the app can see it: one file picker and one PDF import at a
// time, storage that refuses writes over its quota and closes once "Forget
// everything" starts, a playbook posted to the host only after consent.
#include "platform/platform_headless.h"

#include <utility>

namespace ip::platform {

namespace {

struct Page {
    CanvasSize canvas{1280, 800, 1.0f};
    double now_ms = 0;
    std::string today = "2026-06-01";
    std::string language = "en-US";
    bool dark = false;
    std::string embed_host;
    DragState drag;
    bool touch = false;
    size_t storage_quota = 0;
    bool redraw = false;

    std::function<void(float, float)> wheel_handler;
    std::function<void(const std::string&)> paste_handler;
    std::function<void(const std::string&, const std::string&)> file_handler;
    std::string file_accept;
    std::function<void(const std::string&, const std::string&, float, float)> drop_handler;
    std::function<void(bool, const std::string&)> pdf_handler;
    std::function<void()> accessible_view_handler;
    std::function<void(const EmbedConfig&)> embed_handler;
    std::function<std::string()> test_state;
    std::function<bool(const std::string&)> test_click;
    void (*frame)(void*) = nullptr;
    void* frame_arg = nullptr;

    std::map<std::string, std::string> storage;
    bool storage_closed = false;
    int reloads = 0;
    std::string clipboard;
    std::vector<headless::Download> downloads;
    headless::Document overlay;
    bool overlay_open = false;
    std::vector<headless::Document> printed;
    bool accessible_view = false;
    bool consent = false;
    std::string latest_playbook;
    std::vector<headless::HostMessage> host_messages;
    std::vector<std::string> warnings;
    bool first_frame = false;
    SoftKeys soft_keys;
    headless::TextInput text_input;
    std::vector<float> text_field_areas;
};

Page g_page;

void post_to_host(const std::string& type, const std::string& data) {
    if (!g_page.embed_host.empty()) g_page.host_messages.push_back({type, data});
}

size_t storage_bytes_with(const std::string& key, const std::string& value) {
    size_t total = key.size() + value.size();
    for (const auto& [k, v] : g_page.storage)
        if (k != key) total += k.size() + v.size();
    return total;
}

// The page's paste listener: \r\n and \r become \n.
std::string normalize_line_ends(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

// [SECTION] platform.h

void init() {}

CanvasSize sync_canvas_size() { return g_page.canvas; }

bool take_redraw_request() { return std::exchange(g_page.redraw, false); }

void run_frame_loop(void (*frame)(void* arg), void* arg) {
    g_page.frame = frame;
    g_page.frame_arg = arg;
}

void on_wheel(std::function<void(float notches_x, float notches_y)> handler) {
    g_page.wheel_handler = std::move(handler);
}

double now_ms() { return g_page.now_ms; }

std::string today() { return g_page.today; }

std::string browser_language() { return g_page.language; }

void on_paste(std::function<void(const std::string& text)> handler) { g_page.paste_handler = std::move(handler); }

void copy_to_clipboard(const std::string& text) { g_page.clipboard = text; }

void open_file(const std::string& accept,
               std::function<void(const std::string& name, const std::string& bytes)> handler) {
    g_page.file_accept = accept;
    g_page.file_handler = std::move(handler);
}

DragState drag_state() { return g_page.drag; }

void on_file_dropped(std::function<void(const std::string& name, const std::string& bytes, float x, float y)> handler) {
    g_page.drop_handler = std::move(handler);
}

void pdf_to_items(const std::string&, std::function<void(bool ok, const std::string& result)> handler) {
    g_page.pdf_handler = std::move(handler);
}

void download(const std::string& filename, const std::string& mime_type, const std::string& bytes) {
    g_page.downloads.push_back({filename, mime_type, bytes});
}

void show_document_overlay(const std::string& html, const std::string& title) {
    g_page.overlay = {html, title};
    g_page.overlay_open = true;
}

bool document_overlay_open() { return g_page.overlay_open; }

// The print dialog closes at once here, and the overlay with it.
void print_document(const std::string& html, const std::string& title) {
    g_page.overlay = {html, title};
    g_page.printed.push_back({html, title});
}

void set_accessible_view_available(bool available) { g_page.accessible_view = available; }

void on_accessible_view_requested(std::function<void()> handler) {
    g_page.accessible_view_handler = std::move(handler);
}

std::string load_value(const std::string& key) {
    const auto it = g_page.storage.find(key);
    return it == g_page.storage.end() ? std::string() : it->second;
}

bool save_value(const std::string& key, const std::string& value) {
    if (g_page.storage_closed) return true;
    if (g_page.storage_quota > 0 && storage_bytes_with(key, value) > g_page.storage_quota) return false;
    g_page.storage[key] = value;
    return true;
}

void remove_value(const std::string& key) {
    if (!g_page.storage_closed) g_page.storage.erase(key);
}

void forget_everything_and_reload() {
    g_page.storage_closed = true;
    g_page.storage.clear();
    ++g_page.reloads;
}

bool prefers_dark() { return g_page.dark; }

void set_text_input(bool active, float x, float y, float w, float h) { g_page.text_input = {active, x, y, w, h}; }

void set_text_field_areas(const float* xywh, int count) {
    g_page.text_field_areas.assign(xywh, xywh + static_cast<size_t>(count) * 4);
}

bool last_pointer_was_touch() { return g_page.touch; }

SoftKeys take_soft_keys() { return std::exchange(g_page.soft_keys, SoftKeys{}); }

std::string embed_host() { return g_page.embed_host; }

void embed_request_share() { post_to_host("request-share", ""); }

bool embed_shared() { return g_page.consent; }

void embed_notify_generated(const std::string& playbook_json) {
    g_page.latest_playbook = playbook_json;
    if (g_page.consent) post_to_host("generated", playbook_json);
}

void embed_notify_exported(const std::string& format) { post_to_host("exported", format); }

void on_embed_configure(std::function<void(const EmbedConfig& config)> handler) {
    g_page.embed_handler = std::move(handler);
}

void log_warning(const std::string& message) { g_page.warnings.push_back(message); }

void signal_first_frame() { g_page.first_frame = true; }

void install_test_hook(std::function<std::string()> state, std::function<bool(const std::string& id)> click) {
    g_page.test_state = std::move(state);
    g_page.test_click = std::move(click);
}

// [SECTION] platform_headless.h

namespace headless {

void reset() { g_page = Page{}; }

void set_canvas(int width, int height, float pixel_ratio) {
    g_page.canvas = {width, height, pixel_ratio};
    g_page.redraw = true;
}
void set_now_ms(double ms) { g_page.now_ms = ms; }
void advance_clock(double ms) { g_page.now_ms += ms; }
void set_today(const std::string& date) { g_page.today = date; }
void set_browser_language(const std::string& tag) { g_page.language = tag; }
void set_prefers_dark(bool dark) {
    g_page.dark = dark;
    g_page.redraw = true;
}
void set_embed_host(const std::string& origin) { g_page.embed_host = origin; }
void set_drag(DragState drag) {
    g_page.drag = drag;
    g_page.redraw = true;
}
void set_last_pointer_was_touch(bool touch) { g_page.touch = touch; }
void set_storage_quota(size_t bytes) { g_page.storage_quota = bytes; }

void paste(const std::string& text) {
    g_page.redraw = true;
    if (g_page.paste_handler) g_page.paste_handler(normalize_line_ends(text));
}

void wheel(float notches_x, float notches_y) {
    g_page.redraw = true;
    if (g_page.wheel_handler) g_page.wheel_handler(notches_x, notches_y);
}

void drop(const std::string& name, const std::string& bytes, float x, float y) {
    g_page.redraw = true;
    if (g_page.drop_handler) g_page.drop_handler(name, bytes, x, y);
}

bool pick_file(const std::string& name, const std::string& bytes) {
    if (!g_page.file_handler) return false;
    g_page.redraw = true;
    auto handler = std::exchange(g_page.file_handler, nullptr);
    g_page.file_accept.clear();
    handler(name, bytes);
    return true;
}

void cancel_file_picker() {
    g_page.file_handler = nullptr;
    g_page.file_accept.clear();
}

bool file_picker_open() { return static_cast<bool>(g_page.file_handler); }

std::string file_picker_accept() { return g_page.file_accept; }

bool pdf_pending() { return static_cast<bool>(g_page.pdf_handler); }

bool finish_pdf(bool ok, const std::string& result) {
    if (!g_page.pdf_handler) return false;
    g_page.redraw = true;
    auto handler = std::exchange(g_page.pdf_handler, nullptr);
    handler(ok, result);
    return true;
}

void soft_keys(const SoftKeys& keys) {
    g_page.soft_keys.text += keys.text;
    g_page.soft_keys.backspace += keys.backspace;
    g_page.soft_keys.enter += keys.enter;
    g_page.redraw = true;
}

void request_accessible_view() {
    if (g_page.accessible_view_handler) g_page.accessible_view_handler();
}

void close_document_overlay() {
    g_page.overlay_open = false;
    g_page.redraw = true;
}

void configure_embed(const EmbedConfig& config) {
    g_page.redraw = true;
    if (g_page.embed_handler) g_page.embed_handler(config);
}

void grant_share_consent() {
    if (g_page.consent || g_page.embed_host.empty()) return;
    g_page.consent = true;
    if (!g_page.latest_playbook.empty()) post_to_host("generated", g_page.latest_playbook);
    g_page.redraw = true;
}

void run_frames(int count) {
    for (int i = 0; i < count && g_page.frame; ++i) g_page.frame(g_page.frame_arg);
}

bool frame_loop_running() { return g_page.frame != nullptr; }

bool redraw_requested() { return g_page.redraw; }

std::map<std::string, std::string>& storage() { return g_page.storage; }
bool storage_closed() { return g_page.storage_closed; }
int reloads() { return g_page.reloads; }
const std::string& clipboard() { return g_page.clipboard; }
const std::vector<Download>& downloads() { return g_page.downloads; }
bool overlay_open() { return g_page.overlay_open; }
const Document& overlay() { return g_page.overlay; }
const std::vector<Document>& printed() { return g_page.printed; }
bool accessible_view_available() { return g_page.accessible_view; }
const std::vector<HostMessage>& host_messages() { return g_page.host_messages; }
const std::vector<std::string>& warnings() { return g_page.warnings; }
bool first_frame_signalled() { return g_page.first_frame; }
TextInput text_input() { return g_page.text_input; }
std::vector<float> text_field_areas() { return g_page.text_field_areas; }

std::string hook_state() { return g_page.test_state ? g_page.test_state() : std::string(); }

bool hook_click(const std::string& id) { return g_page.test_click && g_page.test_click(id); }

}  // namespace headless

}  // namespace ip::platform
