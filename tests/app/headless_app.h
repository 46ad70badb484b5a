// The app on the headless platform (src/platform/platform_headless.h), for
// tests: an ImGui context without a renderer, the bundled fonts, the
// knowledge base from assets/, and frames drawn as main.cpp draws them
// (timers, the screens, what they asked for) minus the GL calls.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
#include "platform/platform_headless.h"

namespace ip::test {

namespace headless = ip::platform::headless;

struct HeadlessOptions {
    std::string embed_host;          // "" for the app's own page
    std::string language = "en-US";  // the browser's
    bool keep_storage = false;       // keep what the previous app saved (a reload)
    bool restore = true;             // run restore_session as the app does at start
};

class HeadlessApp {
public:
    explicit HeadlessApp(const HeadlessOptions& options = {});
    ~HeadlessApp();
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;

    // One frame at the platform's clock; the clock then moves on 16 ms.
    void frame();
    void frames(int count);
    // Presses the control `id` (a test hook id, as the browser tests use):
    // false when it was not on screen in the last frame.
    bool click(const std::string& id);
    // Clicks the control `id` with the mouse at its centre (a text field
    // takes the keyboard focus so); false when it is not on screen.
    bool mouse_click(const std::string& id);
    // Typed characters, as the keyboard sends them, then a frame.
    void type(const std::string& text);
    // The first control on screen whose id starts with `prefix`, or "".
    std::string find_control(const std::string& prefix) const;
    // Goes through the shown sections (nav:1..10) until a control whose id
    // starts with `prefix` is on screen; returns its id, or "".
    std::string find_in_sections(const std::string& prefix);
    // The test hook's state (app_state_json).
    nlohmann::json state() const;

    // The resume and job description pasted into the empty inputs, then a
    // playbook built (false when none came).
    bool build_playbook(const std::string& resume, const std::string& job);

    app::App app;

private:
    void style(float scale, bool dark);
};

// The seed case's resume and job description (tests/fixtures/seed-case).
const std::string& seed_resume();
const std::string& seed_job();

}  // namespace ip::test
