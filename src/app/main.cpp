// The web app's entry point: a GLFW window on the page's canvas, WebGL2, Dear
// ImGui, and a frame loop that renders only when something changed.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdio>

#include "app/fonts.h"
#include "app/inputs.h"
#include "app/start_screen.h"
#include "app/theme.h"
#include "core/text.h"
#include "parse/input_limits.h"
#include "platform/platform.h"

namespace {

using namespace ip::app;
namespace platform = ip::platform;

// ImGui settles hover and layout over a couple of frames after an event.
constexpr int kFramesAfterEvent = 3;

struct App {
    GLFWwindow* window = nullptr;
    FontLibrary font_library;
    Fonts fonts;
    float scale = 0;  // the device pixel ratio the fonts and style are built for
    int frames_to_render = 0;
    int frames_rendered = 0;
    Inputs inputs;
    std::string notice;
};

// Lives for the page's lifetime: main() returns and the loop keeps running.
App g_app;

void save_inputs(App& app) {
    if (!platform::save_value(kInputsStorageKey, inputs_to_json(app.inputs)))
        app.notice = "This browser refused to save your inputs; they are kept until you close the tab.";
}

// Fonts and style are built for one pixel ratio; browser zoom or another
// screen changes it, and then both are rebuilt so text stays crisp.
void apply_scale(App& app, float scale) {
    app.scale = scale;
    app.fonts = app.font_library.build(scale);
    apply_theme(scale);
}

// Text from a file the user picked, placed into one of the text areas.
void load_text_file(App& app, std::string& target, std::string& target_filename, const std::string& name,
                    const std::string& bytes) {
    if (bytes.size() > ip::limits::kMaxTextBytes) {
        app.notice = ip::too_large_message(name, bytes.size(), ip::limits::kMaxTextBytes) + ".";
        return;
    }
    target = ip::is_valid_utf8(bytes) ? bytes : ip::repair_utf8(bytes);
    target = ip::replace_all(ip::replace_all(target, "\r\n", "\n"), "\r", "\n");
    target_filename = name;
    app.notice = "Loaded " + name + " (" + ip::format_size(bytes.size()) + ").";
    save_inputs(app);
}

// Paste goes into the field being edited. With none active it fills the
// first empty text area, so "open the page, press Ctrl+V" just works.
void paste_text(App& app, const std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) {
        // The paste shortcut's Ctrl (or Cmd) is still down when the text
        // arrives, and ImGui ignores typed characters while it is; the next
        // key event restores the real state.
        io.KeyCtrl = false;
        io.KeySuper = false;
        io.AddInputCharactersUTF8(text.c_str());
        return;
    }
    std::string* target = app.inputs.resume.empty() ? &app.inputs.resume
                          : app.inputs.job.empty()  ? &app.inputs.job
                                                    : nullptr;
    if (!target) return;
    *target = text;
    (target == &app.inputs.resume ? app.inputs.resume_filename : app.inputs.job_filename).clear();
    save_inputs(app);
}

void carry_out(App& app, const StartScreenRequests& req) {
    const char* text_files = ".txt,.md,.markdown,.text";
    if (req.inputs_changed) {
        app.notice.clear();
        save_inputs(app);
    }
    if (req.open_resume_file) {
        platform::open_file(text_files, [&app](const std::string& name, const std::string& bytes) {
            load_text_file(app, app.inputs.resume, app.inputs.resume_filename, name, bytes);
        });
    }
    if (req.open_job_file) {
        platform::open_file(text_files, [&app](const std::string& name, const std::string& bytes) {
            load_text_file(app, app.inputs.job, app.inputs.job_filename, name, bytes);
        });
    }
    if (req.clear_all) {
        app.inputs = Inputs{};
        platform::remove_value(kInputsStorageKey);
        app.notice = "Cleared. Nothing of yours is stored in this browser now.";
    }
}

void frame(void* arg) {
    App& app = *static_cast<App*>(arg);
    if (platform::take_redraw_request()) app.frames_to_render = kFramesAfterEvent;
    if (app.frames_to_render == 0) return;
    --app.frames_to_render;

    const platform::CanvasSize canvas = platform::sync_canvas_size();
    if (canvas.pixel_ratio != app.scale) {
        apply_scale(app, canvas.pixel_ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const StartScreenRequests req = draw_start_screen(app.inputs, app.notice, app.fonts, app.scale);
    ImGui::Render();

    glViewport(0, 0, canvas.width, canvas.height);
    const ImVec4 page = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(page.x, page.y, page.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    carry_out(app, req);
    // A held button drags (text selection, scrollbars) without new events.
    if (ImGui::IsAnyMouseDown()) app.frames_to_render = std::max(app.frames_to_render, 1);
    // The second frame is the first with settled layout: tell the page.
    if (++app.frames_rendered == 2) platform::signal_first_frame();
}

}  // namespace

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    App& app = g_app;
    app.window = glfwCreateWindow(1280, 800, "Interview Playbook", nullptr, nullptr);
    if (!app.window) {
        std::fprintf(stderr, "WebGL2 context could not be created\n");
        return 1;
    }
    glfwMakeContextCurrent(app.window);
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
    apply_scale(app, platform::sync_canvas_size().pixel_ratio);

    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    // Emscripten's GLFW has no clipboard: copy goes to the browser's, and
    // paste arrives through the page's paste event (platform::on_paste).
    io.SetClipboardTextFn = [](void*, const char* text) { platform::copy_to_clipboard(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return nullptr; };
    platform::on_paste([](const std::string& text) { paste_text(g_app, text); });

    app.inputs = inputs_from_json(platform::load_value(kInputsStorageKey));
    emscripten_set_main_loop_arg(frame, &app, 0, false);
    return 0;
}
