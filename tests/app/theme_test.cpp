// The app's look: light and dark palettes applied to ImGui's style at the UI
// scale, and a host's brand colour as the accent, kept readable.
#include <imgui.h>

#include <catch2/catch.hpp>

#include "app/brand_palette.h"
#include "app/theme.h"
#include "headless_app.h"

using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace app = ip::app;
namespace headless = ip::platform::headless;

namespace {

ImU32 style_color(ImGuiCol which) { return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[which]); }

}  // namespace

TEST_CASE("theme: light and dark palettes reach ImGui's style, text readable on both", "[app][theme]") {
    HeadlessApp h;  // the context the style belongs to
    app::apply_theme(1, false);
    CHECK_FALSE(app::dark_theme());
    const app::Palette light = app::palette();
    CHECK(app::hex_color(light.page) == "#f5f4f0");
    CHECK(style_color(ImGuiCol_WindowBg) == light.page);
    CHECK(style_color(ImGuiCol_Text) == light.text);

    app::apply_theme(1, true);
    CHECK(app::dark_theme());
    const app::Palette dark = app::palette();
    CHECK(dark.page != light.page);
    CHECK(style_color(ImGuiCol_WindowBg) == dark.page);
    CHECK(app::contrast_ratio(dark.page, light.page) > 10);
    for (const app::Palette& p : {light, dark}) {
        CHECK(app::contrast_ratio(p.text, p.page) >= 7);
        CHECK(app::contrast_ratio(p.muted, p.surface) >= 4.5f);
        CHECK(app::contrast_ratio(p.on_accent, p.accent) >= 4.5f);
    }
}

TEST_CASE("theme: every size scales with the device pixel ratio", "[app][theme]") {
    HeadlessApp h;
    app::apply_theme(1, false);
    const ImGuiStyle one = ImGui::GetStyle();
    app::apply_theme(2.5f, false);
    const ImGuiStyle more = ImGui::GetStyle();
    CHECK(one.FramePadding.x > 0);
    CHECK(more.FramePadding.x == Approx(one.FramePadding.x * 2.5f));
    CHECK(more.ItemSpacing.y == Approx(one.ItemSpacing.y * 2.5f));
    CHECK(more.FrameRounding == Approx(one.FrameRounding * 2.5f));
}

TEST_CASE("theme: colours as #rrggbb, and alpha replaced", "[app][theme]") {
    REQUIRE(app::parse_hex_color("#1a2B3c"));
    CHECK(app::hex_color(*app::parse_hex_color("#1a2B3c")) == "#1a2b3c");
    for (const char* bad : {"", "1a2b3c", "#1a2b3", "#1a2b3cf", "#gg0000", "red"}) {
        CAPTURE(bad);
        CHECK_FALSE(app::parse_hex_color(bad));
    }
    const ImU32 c = *app::parse_hex_color("#102030");
    CHECK(app::with_alpha(c, 128) == IM_COL32(0x10, 0x20, 0x30, 128));
    CHECK(app::contrast_ratio(IM_COL32_WHITE, IM_COL32_BLACK) == Approx(21));
}

TEST_CASE("theme: a brand colour becomes the accent, darkened or lightened until text in it reads", "[app][theme]") {
    HeadlessApp h;
    app::apply_theme(1, false);
    const app::Palette light = app::palette();
    // Dark enough already: used as it is.
    const ImU32 navy = *app::parse_hex_color("#1b3a8c");
    const app::Palette as_is = app::with_brand_accent(light, navy, false);
    CHECK(app::hex_color(as_is.accent) == "#1b3a8c");
    CHECK(as_is.on_accent == IM_COL32_WHITE);
    // Yellow on warm paper does not read: darkened just enough.
    const ImU32 yellow = *app::parse_hex_color("#ffd400");
    const app::Palette darker = app::with_brand_accent(light, yellow, false);
    CHECK(darker.accent != yellow);
    CHECK(app::contrast_ratio(darker.accent, light.page) >= 4.5f);
    CHECK(app::contrast_ratio(darker.accent, light.surface) >= 4.5f);
    // Navy on the dark theme: lightened.
    app::apply_theme(1, true);
    const app::Palette dark = app::palette();
    const app::Palette lighter = app::with_brand_accent(dark, navy, true);
    CHECK(lighter.accent != navy);
    CHECK(app::contrast_ratio(lighter.accent, dark.page) >= 4.5f);
    CHECK(app::contrast_ratio(lighter.on_accent, lighter.accent) >= 4.5f);
    // The rest of the palette is the theme's.
    CHECK(lighter.text == dark.text);
    CHECK(lighter.danger == dark.danger);
}

TEST_CASE("theme: the system's dark scheme and the host's brand colour reach the running app", "[app][theme]") {
    HeadlessOptions options;
    options.embed_host = "https://coach.example";
    HeadlessApp h(options);
    h.frame();
    CHECK(h.state()["theme"] == "light");
    const std::string own_accent = h.state()["accent"];
    headless::set_prefers_dark(true);
    h.frame();
    CHECK(h.state()["theme"] == "dark");
    CHECK(style_color(ImGuiCol_WindowBg) == app::palette().page);
    CHECK(h.state()["accent"] != own_accent);

    ip::platform::EmbedConfig config;
    config.brand_color = "#1b3a8c";
    headless::configure_embed(config);
    h.frame();
    CHECK(h.state()["brand_color"] == "#1b3a8c");
    CHECK(app::contrast_ratio(app::palette().accent, app::palette().page) >= 4.5f);
    CHECK(h.state()["accent"] != "#1b3a8c");  // lightened for the dark page

    config.brand_color = "not a colour";
    headless::configure_embed(config);
    h.frame();
    CHECK(h.state()["brand_color"] == "");
    CHECK(h.state()["accent"] == app::hex_color(*app::parse_hex_color("#8fa2ff")));
}

TEST_CASE("theme: a host's logo is checked before it is shown", "[app][theme]") {
    HeadlessOptions options;
    options.embed_host = "https://coach.example";
    HeadlessApp h(options);
    ip::platform::EmbedConfig config;
    config.logo = {2, 2, std::string(15, '\xff')};
    headless::configure_embed(config);
    CHECK_FALSE(h.app.logo.shown());
    REQUIRE(headless::warnings().size() == 1);
    CHECK(headless::warnings()[0] ==
          "Interview Playbook: the host\u2019s logo is not shown: its pixels do not match its size");
    config.logo = {4, 2, std::string(32, '\x80')};
    headless::configure_embed(config);
    h.frames(2);
    CHECK(h.app.logo.shown());
    REQUIRE(h.state()["logo"].is_object());
    CHECK(h.state()["logo"]["width"] == 4);
    const float drawn_w = h.state()["logo"]["drawn"]["w"];
    const float drawn_h = h.state()["logo"]["drawn"]["h"];
    REQUIRE(drawn_h > 0);
    CHECK(drawn_w / drawn_h == Approx(2.0f));
    config.logo = {};
    headless::configure_embed(config);
    CHECK_FALSE(h.app.logo.shown());
}
