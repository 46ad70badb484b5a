#include "headless_app.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "test_support.h"

namespace ip::test {

HeadlessApp::HeadlessApp(const HeadlessOptions& options) {
    auto kept = headless::storage();
    headless::reset();
    if (options.keep_storage) headless::storage() = kept;
    headless::set_embed_host(options.embed_host);
    headless::set_browser_language(options.language);

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A backend maps ImGui's keys to its own key codes; here each to itself.
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    const platform::CanvasSize canvas = platform::sync_canvas_size();
    io.DisplaySize = ImVec2(static_cast<float>(canvas.width), static_cast<float>(canvas.height));
    std::string error;
    REQUIRE(app.font_library.load(IP_FONTS_DIR "/ui-regular.otf", IP_FONTS_DIR "/ui-bold.otf", error));
    style(canvas.pixel_ratio, platform::prefers_dark());

    REQUIRE(app.engine.load(IP_SOURCE_ASSETS_DIR, error));
    app.today = platform::today();
    app.embed_host = platform::embed_host();
    app::listen_to_page(app);
    if (options.restore) app::restore_session(app);
    platform::on_embed_configure([this](const platform::EmbedConfig& config) { app::embed_configured(app, config); });
}

void HeadlessApp::style(float scale, bool dark) {
    app.scale = scale;
    app.dark = dark;
    app.fonts = app.font_library.build(scale);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // the atlas a renderer would upload
    app::apply_theme(scale, dark, app.brand_color);
}

HeadlessApp::~HeadlessApp() { ImGui::DestroyContext(); }

void HeadlessApp::frame() {
    const double now = platform::now_ms();
    // As main.cpp's frame: fonts and theme follow the pixel ratio and the
    // colour scheme; a new brand colour restyles.
    const platform::CanvasSize canvas = platform::sync_canvas_size();
    const bool dark = platform::prefers_dark();
    if (canvas.pixel_ratio != app.scale || dark != app.dark) {
        style(canvas.pixel_ratio, dark);
    } else if (app.restyle) {
        app::apply_theme(app.scale, app.dark, app.brand_color);
    }
    app.restyle = false;
    app.phone = canvas.width / canvas.pixel_ratio < 760;
    app::update(app, now);
    app::hook::begin_frame();
    app::begin_widgets_frame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(canvas.width), static_cast<float>(canvas.height));
    io.DeltaTime = 1.0f / 60;
    app::type_pending_paste(app);
    ImGui::NewFrame();
    app::draw_app(app, now);
    ImGui::Render();
    ++app.frames_rendered;
    headless::advance_clock(16);
}

void HeadlessApp::frames(int count) {
    for (int i = 0; i < count; ++i) frame();
}

bool HeadlessApp::click(const std::string& id) {
    if (!app::hook::request_click(id)) return false;
    frame();
    return true;
}

bool HeadlessApp::mouse_click(const std::string& id) {
    const nlohmann::json controls = state()["controls"];
    for (const auto& c : controls) {
        if (c.value("id", "") != id) continue;
        ImGuiIO& io = ImGui::GetIO();
        const float x = c["x"].get<float>() + c["w"].get<float>() / 2;
        const float y = c["y"].get<float>() + c["h"].get<float>() / 2;
        io.MousePos = ImVec2(x * app.scale, y * app.scale);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
        return true;
    }
    return false;
}

void HeadlessApp::type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame();
}

std::string HeadlessApp::find_control(const std::string& prefix) const {
    const nlohmann::json now = state();
    for (const auto& c : now["controls"]) {
        const std::string id = c.value("id", "");
        if (id.rfind(prefix, 0) == 0) return id;
    }
    return {};
}

std::string HeadlessApp::find_in_sections(const std::string& prefix) {
    for (int section = 1; section <= 10; ++section) {
        if (!click("nav:" + std::to_string(section))) continue;
        frames(2);
        const std::string id = find_control(prefix);
        if (!id.empty()) return id;
    }
    return {};
}

nlohmann::json HeadlessApp::state() const { return nlohmann::json::parse(app::app_state_json(app)); }

bool HeadlessApp::build_playbook(const std::string& resume, const std::string& job) {
    headless::paste(resume);
    headless::paste(job);
    frame();
    if (!click("generate")) return false;
    for (int i = 0; i < 5 && app.screen != app::Screen::Playbook; ++i) frame();
    return app.screen == app::Screen::Playbook && app.doc.has_value();
}

const std::string& seed_resume() {
    static const std::string text = read_fixture("seed-case/resume.txt");
    return text;
}

const std::string& seed_job() {
    static const std::string text = read_fixture("seed-case/job.txt");
    return text;
}

}  // namespace ip::test
