// The headless side of platform.h (platform_headless.cpp): no browser, no
// window, everything in memory, so the app's logic builds natively and is
// tested with Catch2 (tests/app). This header is the test's side of it: it
// plays the page (pastes, drops, picks files, answers pdf.js, grants consent,
// moves the clock) and reads what the app did (storage, clipboard,
// downloads, overlays, messages to the host).
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace ip::platform::headless {

// Back to a fresh page: empty storage and clipboard, no handlers, clock at 0,
// canvas 1280 x 800 at ratio 1, light scheme, today 2026-06-01, language
// "en-US", not embedded.
void reset();

// --- What the page is like
void set_canvas(int width, int height, float pixel_ratio);
void set_now_ms(double ms);
void advance_clock(double ms);
void set_today(const std::string& date);
void set_browser_language(const std::string& tag);
void set_prefers_dark(bool dark);
void set_embed_host(const std::string& origin);
void set_drag(DragState drag);
void set_last_pointer_was_touch(bool touch);
// Storage refuses a write that would make keys plus values larger than this
// (localStorage's quota); 0 means no limit.
void set_storage_quota(size_t bytes);

// --- What the person or the page does (each calls the app's handler, if any,
// and asks for a redraw)
void paste(const std::string& text);  // line ends normalized as the page does
void wheel(float notches_x, float notches_y);
void drop(const std::string& name, const std::string& bytes, float x, float y);
// The file picker the app opened: the person picks a file (false when none is
// open) or cancels it.
bool pick_file(const std::string& name, const std::string& bytes);
void cancel_file_picker();
bool file_picker_open();
std::string file_picker_accept();  // what the open picker accepts, "" when none
// pdf.js's answer to the pending pdf_to_items (false when none is pending).
bool pdf_pending();
bool finish_pdf(bool ok, const std::string& result);
void soft_keys(const SoftKeys& keys);
void request_accessible_view();
void close_document_overlay();
void configure_embed(const EmbedConfig& config);
// The person confirms "Share this playbook": the latest playbook is posted.
void grant_share_consent();

// --- The frame loop: runs the frame run_frame_loop was given `count` times.
void run_frames(int count);
bool frame_loop_running();
bool redraw_requested();  // without taking the request

// --- What the app did
std::map<std::string, std::string>& storage();  // the page's localStorage
bool storage_closed();                          // "Forget everything" started
int reloads();                                  // forget_everything_and_reload calls
const std::string& clipboard();

struct Download {
    std::string filename;
    std::string mime_type;
    std::string bytes;
};
const std::vector<Download>& downloads();

struct Document {
    std::string html;
    std::string title;
};
bool overlay_open();
const Document& overlay();  // the last document shown (report or print)
const std::vector<Document>& printed();
bool accessible_view_available();

// Messages to the embedding page, in order: {"generated", json} (posted only
// after consent), {"exported", format}, {"request-share", ""}.
struct HostMessage {
    std::string type;
    std::string data;
};
const std::vector<HostMessage>& host_messages();
const std::vector<std::string>& warnings();
bool first_frame_signalled();

struct TextInput {
    bool active = false;
    float x = 0, y = 0, w = 0, h = 0;
};
TextInput text_input();
std::vector<float> text_field_areas();

// The test hook the app installed (install_test_hook): its state JSON, and a
// click request ("" / false when none is installed).
std::string hook_state();
bool hook_click(const std::string& id);

}  // namespace ip::platform::headless
