#include "app/theme.h"

namespace ip::app {

namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

ImVec4 color(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Palette& palette() {
    static const Palette p{
        rgb(0xF5F4F0),  // page: warm paper
        rgb(0xFFFFFF),  // surface
        rgb(0xE1DDD5),  // border
        rgb(0x1D2127),  // text
        rgb(0x6A6F78),  // muted
        rgb(0x3451D1),  // accent: deep indigo
        rgb(0xE8ECFB),  // accent_soft
        rgb(0x2E8B57),  // positive
        rgb(0xE6F4EC),  // positive_soft
        rgb(0x1F5E3B),  // positive_text
    };
    return p;
}

void apply_theme(float scale) {
    const Palette& p = palette();
    ImGuiStyle style;
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.ChildBorderSize = 1;
    style.FramePadding = ImVec2(10, 8);
    style.FrameRounding = 6;
    style.FrameBorderSize = 1;
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(6, 6);
    style.ScrollbarSize = 12;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 6;
    style.PopupRounding = 8;
    style.PopupBorderSize = 1;
    style.WindowMinSize = ImVec2(1, 1);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = color(p.text);
    c[ImGuiCol_TextDisabled] = color(p.muted);
    c[ImGuiCol_WindowBg] = color(p.page);
    c[ImGuiCol_ChildBg] = color(p.surface);
    c[ImGuiCol_PopupBg] = color(p.surface);
    c[ImGuiCol_Border] = color(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = color(rgb(0xFBFAF7));
    c[ImGuiCol_FrameBgHovered] = color(rgb(0xFFFFFF));
    c[ImGuiCol_FrameBgActive] = color(rgb(0xFFFFFF));
    c[ImGuiCol_Button] = color(p.accent_soft);
    c[ImGuiCol_ButtonHovered] = color(rgb(0xD9E0FA));
    c[ImGuiCol_ButtonActive] = color(rgb(0xC8D2F7));
    c[ImGuiCol_Header] = color(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = color(rgb(0xD9E0FA));
    c[ImGuiCol_HeaderActive] = color(rgb(0xC8D2F7));
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = color(rgb(0xCDC8BE));
    c[ImGuiCol_ScrollbarGrabHovered] = color(rgb(0xB5AFA3));
    c[ImGuiCol_ScrollbarGrabActive] = color(rgb(0x9C9588));
    c[ImGuiCol_Separator] = color(p.border);
    c[ImGuiCol_TextSelectedBg] = color(rgb(0x3451D1, 70));
    c[ImGuiCol_NavHighlight] = color(p.accent);
    c[ImGuiCol_CheckMark] = color(p.accent);

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace ip::app
