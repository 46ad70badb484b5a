// The app's state and what it does between frames: reading files and pasted
// text into the inputs, the "what we read" summaries, generating the
// playbook, exports, saving everything in this browser and restoring it.
// main.cpp owns the window and the frame loop and calls in here.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>

#include "app/engine_session.h"
#include "app/fill_answers.h"
#include "app/fonts.h"
#include "app/host_logo.h"
#include "app/inputs.h"
#include "app/playbook_screen.h"
#include "app/start_screen.h"
#include "app/ui.h"
#include "model/playbook.h"
#include "platform/platform.h"

namespace ip::app {

enum class Screen { Start, Playbook };

struct App {
    FontLibrary font_library;
    Fonts fonts;
    float scale = 0;  // the device pixel ratio the fonts and style are built for
    bool dark = false;
    bool phone = false;

    EngineSession engine;
    std::string today;

    Inputs inputs;
    std::string pending_paste;  // pasted into the field being edited, typed in at the next frame
    FillAnswers answers;
    ViewState view;
    Screen screen = Screen::Start;
    std::optional<Playbook> doc;
    std::string notice;  // the last action's result
    std::string error;   // why the last generation failed

    // The "what we read" summaries, recomputed a moment after typing stops.
    std::optional<ResumeSummary> resume_read;
    std::optional<JobSummary> job_read;
    double reread_at_ms = -1;
    std::string auto_company;  // what was filled in from the job description
    std::string auto_role;
    double save_inputs_at_ms = -1;
    double save_answers_at_ms = -1;

    // Generation runs one frame after it is asked for, so "Writing your
    // playbook" is on screen while it works.
    int generate_countdown = -1;
    bool keep_section = false;  // a regeneration stays on the current section
    StartScreenLayout start_layout;

    std::string embed_host;
    bool shared = false;
    // The embedding site's look (its hidden sections are in view.hidden).
    std::optional<ImU32> brand_color;
    HostLogo logo;
    bool restyle = false;    // the theme must be applied again (the brand colour changed)
    double wake_at_ms = -1;  // a frame is wanted at this time (timers, debounces)
    int frames_rendered = 0;
    double last_frame_ms = 0;     // CPU time of the last frame (UI and draw calls)
    double last_generate_ms = 0;  // how long the engine took for the last playbook
};

// Restores what this browser kept (inputs, answers, where the user was) and
// starts a generation when the user left from a playbook.
void restore_session(App& app);

// Requests from the screens.
void carry_out(App& app, const StartScreenRequests& req);
void carry_out(App& app, const PlaybookScreenRequests& req, Ui& ui);

// Shows the playbook (as the HTML report) as a page over the canvas.
void open_accessible_view(App& app);

// Text pasted with nothing being edited fills the first empty input.
void paste_into_inputs(App& app, const std::string& text);
// A file dropped on the page at (x, y) backing pixels.
void file_dropped(App& app, const std::string& name, const std::string& bytes, float x, float y);
// Settings from the site that embeds the app; each replaces the previous.
void embed_configured(App& app, const platform::EmbedConfig& config);

// Connects the page's events to `app` (which outlives them): a paste goes to
// the field being edited, else to paste_into_inputs; a dropped file to
// file_dropped; the page's accessible-view button; the browser tests' hook.
// The host's settings are connected by the caller, after restore_session.
void listen_to_page(App& app);

// Types text pasted into the field being edited; called just before
// ImGui::NewFrame. The paste shortcut's Ctrl (or Cmd) may still be down, and
// ImGui drops characters typed while it is. The browser backend sets the
// modifiers again on every key event (releasing V included), so they are
// cleared at the frame that takes the text, not when the paste event arrives.
void type_pending_paste(App& app);

// Draws the current screen (between ImGui::NewFrame and ImGui::Render) and
// carries out what it asked for; while a playbook is being written, says so
// over everything. Returns how soon the screens want the next frame (ms from
// now), or -1.
double draw_app(App& app, double now_ms);

// Timers between frames: debounced saves and summaries, the pending
// generation. Call once per rendered frame, before drawing.
void update(App& app, double now_ms);

// The test hook's state (see test_hook.h).
std::string app_state_json(const App& app);

}  // namespace ip::app
