// The web app's entry point: a GLFW window on the page's canvas, WebGL2, Dear
// ImGui, and a frame loop that renders only when something changed (input,
// a timer that is due, an animation).
//
// [SECTION] Keyboard: Tab through every control, Enter to press, the
//           on-screen keyboard
// [SECTION] One frame
// [SECTION] Start-up
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "platform/platform.h"

namespace {

using namespace ip::app;
namespace platform = ip::platform;

// ImGui settles hover and layout over a couple of frames after an event.
constexpr int kFramesAfterEvent = 3;
// Below this width (CSS pixels) the playbook's navigation becomes a menu.
constexpr float kPhoneWidth = 760;

struct Loop {
    GLFWwindow* window = nullptr;
    App app;
    int frames_to_render = 0;
    int tab_direction = 0;  // a Tab to carry out this frame (+1, -1)
    int canvas_height = 0;
    // Keys pressed since the last frame, with their modifiers. A key pressed
    // and released between two frames (a quick tap, a test's keypress) would
    // otherwise never be seen down.
    std::vector<std::pair<int, int>> pressed_keys;
    std::vector<int> keys_to_release;
};

// Lives for the page's lifetime: main() returns and the loop keeps running.
Loop g_loop;

// [SECTION] Keyboard: Tab through every control, Enter to press, the
//           on-screen keyboard

// Keys tapped between frames are held down for one frame, so ImGui sees
// every press. ImGui 1.86 tabs only between text fields: outside one, Tab is
// taken here and moves the keyboard focus to the next control of any kind.
void replay_key_taps(Loop& loop) {
    ImGuiIO& io = ImGui::GetIO();
    for (int key : loop.keys_to_release)
        if (glfwGetKey(loop.window, key) != GLFW_PRESS) io.KeysDown[key] = false;
    loop.keys_to_release.clear();
    // One tap per frame, in order: "Down, Enter" must not arrive as one chord.
    if (!loop.pressed_keys.empty()) {
        const auto [key, mods] = loop.pressed_keys.front();
        loop.pressed_keys.erase(loop.pressed_keys.begin());
        if (key == GLFW_KEY_TAB && !io.WantTextInput) {
            loop.tab_direction = (mods & GLFW_MOD_SHIFT) ? -1 : 1;
            io.KeysDown[key] = false;
        } else if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown)) {
            io.KeysDown[key] = true;
            loop.keys_to_release.push_back(key);
        }
    }
    if (!loop.keys_to_release.empty() || !loop.pressed_keys.empty())
        loop.frames_to_render = std::max(loop.frames_to_render, 2);
    // Enter presses the focused control, as Space does, once the keyboard is
    // in use (not after a mouse click left a control focused).
    ImGuiContext& g = *GImGui;
    if (!io.WantTextInput && !g.NavDisableHighlight && g.NavId != 0 && io.KeysDown[io.KeyMap[ImGuiKey_Enter]])
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

void carry_out_tab(Loop& loop) {
    if (loop.tab_direction == 0) return;
    ImGuiContext& g = *GImGui;
    if (!g.NavWindow) {
        loop.tab_direction = 0;
        return;
    }
    // ImGui may be busy with a move of its own this frame: try the next one.
    if (g.NavMoveDir != ImGuiDir_None || g.NavMoveSubmitted) {
        loop.frames_to_render = std::max(loop.frames_to_render, 2);
        return;
    }
    g.NavTabbingDir = g.NavId != 0 ? loop.tab_direction : 0;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, loop.tab_direction < 0 ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi,
                                ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingResultFirst.Clear();
    g.NavTabbingCounter = -1;
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    loop.tab_direction = 0;
}

// What the on-screen keyboard typed, as ImGui input; its Backspace and Enter
// join the replayed key taps.
void feed_soft_keys(Loop& loop) {
    const platform::SoftKeys keys = platform::take_soft_keys();
    if (!keys.text.empty()) ImGui::GetIO().AddInputCharactersUTF8(keys.text.c_str());
    for (int i = 0; i < keys.backspace; ++i) loop.pressed_keys.emplace_back(GLFW_KEY_BACKSPACE, 0);
    for (int i = 0; i < keys.enter; ++i) loop.pressed_keys.emplace_back(GLFW_KEY_ENTER, 0);
}

// Keeps the hidden <input> of the on-screen keyboard on the field being
// edited, and tells the page where the text fields are.
void sync_text_input(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 caret = GImGui->PlatformImePos;
    const bool known = caret.x != FLT_MAX;
    platform::set_text_input(io.WantTextInput, known ? caret.x / scale : 0, known ? caret.y / scale : 0, 2,
                             ImGui::GetFontSize() / scale);
    std::vector<float> areas = text_field_areas();
    for (float& v : areas) v /= scale;
    platform::set_text_field_areas(areas.data(), static_cast<int>(areas.size() / 4));
}

// [SECTION] One frame

void apply_scale(App& app, float scale, bool dark) {
    app.scale = scale;
    app.dark = dark;
    app.fonts = app.font_library.build(scale);
    apply_theme(scale, dark, app.brand_color);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void frame(void* arg) {
    Loop& loop = *static_cast<Loop*>(arg);
    App& app = loop.app;
    const double now = platform::now_ms();
    if (platform::take_redraw_request()) loop.frames_to_render = kFramesAfterEvent;
    if (app.wake_at_ms >= 0 && now >= app.wake_at_ms) loop.frames_to_render = std::max(loop.frames_to_render, 1);
    if (loop.frames_to_render == 0 || platform::document_overlay_open()) return;
    --loop.frames_to_render;

    const platform::CanvasSize canvas = platform::sync_canvas_size();
    const bool dark = platform::prefers_dark();
    if (canvas.pixel_ratio != app.scale || dark != app.dark) {
        apply_scale(app, canvas.pixel_ratio, dark);
    } else if (app.restyle) {
        apply_theme(app.scale, app.dark, app.brand_color);
    }
    app.restyle = false;
    app.phone = canvas.width / canvas.pixel_ratio < kPhoneWidth;
    const bool keyboard_shrank = canvas.height < loop.canvas_height && ImGui::GetIO().WantTextInput;
    loop.canvas_height = canvas.height;

    update(app, now);
    feed_soft_keys(loop);
    hook::begin_frame();
    begin_widgets_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    replay_key_taps(loop);
    type_pending_paste(app);
    ImGui::NewFrame();
    carry_out_tab(loop);

    const bool generating = app.generate_countdown >= 0;
    const double wake_in_ms = draw_app(app, now);
    if (keyboard_shrank && GImGui->ActiveIdWindow && GImGui->PlatformImePos.x != FLT_MAX) {
        // The on-screen keyboard took the lower half: bring the caret back.
        const ImVec2 caret = GImGui->PlatformImePos;
        ImGui::ScrollToRect(GImGui->ActiveIdWindow->RootWindow,
                            ImRect(caret, ImVec2(caret.x + 2, caret.y + ImGui::GetFontSize() * 2)),
                            ImGuiScrollFlags_KeepVisibleEdgeY);
    }
    ImGui::Render();

    glViewport(0, 0, canvas.width, canvas.height);
    const ImVec4 page = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(page.x, page.y, page.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    sync_text_input(app.scale);
    ++app.frames_rendered;
    app.last_frame_ms = platform::now_ms() - now;

    // A held button drags (text selection, scrollbars) without new events.
    if (ImGui::IsAnyMouseDown()) loop.frames_to_render = std::max(loop.frames_to_render, 1);
    if (generating) loop.frames_to_render = std::max(loop.frames_to_render, 1);
    if (wake_in_ms >= 0) {
        const double at = now + wake_in_ms;
        if (wake_in_ms < 17) {
            loop.frames_to_render = std::max(loop.frames_to_render, 1);
        } else if (app.wake_at_ms < 0 || at < app.wake_at_ms) {
            app.wake_at_ms = at;
        }
    }
    // The second frame is the first with settled layout: tell the page.
    if (app.frames_rendered == 2) platform::signal_first_frame();
}

}  // namespace

// [SECTION] Start-up

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    Loop& loop = g_loop;
    App& app = loop.app;
    loop.window = glfwCreateWindow(1280, 800, "Interview Playbook", nullptr, nullptr);
    if (!loop.window) {
        std::fprintf(stderr, "WebGL2 context could not be created\n");
        return 1;
    }
    glfwMakeContextCurrent(loop.window);
    platform::init();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is code; nothing to remember
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Idle frames are skipped, so a blinking caret would freeze half-drawn.
    io.ConfigInputTextCursorBlink = false;

    std::string font_error;
    if (!app.font_library.load("/fonts/ui-regular.otf", "/fonts/ui-bold.otf", font_error))
        std::fprintf(stderr, "%s\n", font_error.c_str());
    // Installed before ImGui's own key callback, which chains to it.
    // Printable keys arrive as characters anyway; only keys that act
    // (Tab, Enter, Esc, arrows, Backspace, Space, shortcuts) are replayed.
    glfwSetKeyCallback(loop.window, [](GLFWwindow*, int key, int, int action, int mods) {
        const bool acts = key >= GLFW_KEY_ESCAPE || key == GLFW_KEY_SPACE ||
                          (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER));
        if (action == GLFW_PRESS && acts) g_loop.pressed_keys.emplace_back(key, mods);
    });
    ImGui_ImplGlfw_InitForOpenGL(loop.window, true);
    // Emscripten 3.1.6's GLFW hands the scroll callback the browser's raw
    // deltaY (+100 px per notch, positive = down), which ImGui reads as 100
    // steps up. The wheel is read from the browser instead, in ImGui's units.
    glfwSetScrollCallback(loop.window, nullptr);
    platform::on_wheel([](float notches_x, float notches_y) {
        ImGuiIO& io = ImGui::GetIO();
        io.MouseWheelH += notches_x;
        io.MouseWheel += notches_y;
    });
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    apply_scale(app, platform::sync_canvas_size().pixel_ratio, platform::prefers_dark());

    std::string kb_error;
    if (!app.engine.load("/assets", kb_error)) {
        std::fprintf(stderr, "knowledge base: %s\n", kb_error.c_str());
        app.error = "The knowledge base did not load (" + kb_error + "). Reload the page.";
    }
    app.today = platform::today();
    app.embed_host = platform::embed_host();

    // Emscripten's GLFW has no clipboard: copy goes to the browser's, and
    // paste arrives through the page's paste event.
    io.SetClipboardTextFn = [](void*, const char* text) { platform::copy_to_clipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return nullptr; };
    listen_to_page(app);
    restore_session(app);
    // Only now, after the session is restored: settings a host sent early are
    // applied on top of it and never stand in for it.
    platform::on_embed_configure([](const platform::EmbedConfig& config) { embed_configured(g_loop.app, config); });
    platform::run_frame_loop(frame, &loop);
    return 0;
}
