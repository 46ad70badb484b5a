#include "app/theme.h"

#include "app/brand_palette.h"

namespace ip::app {

namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

ImVec4 color(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Warm paper and deep indigo; provenance colours chosen to stay apart for
// the common colour-vision deficiencies (each also has its own mark shape).
const Palette kLight{
    rgb(0xF5F4F0), rgb(0xFFFFFF), rgb(0xF7F6F2), rgb(0xE1DDD5), rgb(0x1D2127), rgb(0x60656E), rgb(0x3451D1),
    rgb(0xE8ECFB), rgb(0xFFFFFF), rgb(0xD9E0FA), rgb(0xC8D2F7), rgb(0x2E8B57), rgb(0xE6F4EC), rgb(0x1F5E3B),
    rgb(0xB7791F), rgb(0xFBF1DC), rgb(0xC2412D), rgb(0xFBE9E5), rgb(0x0F766E), rgb(0xE3F3F0), rgb(0x9A5B00),
    rgb(0xFDF3E1), rgb(0x6D3FC8), rgb(0xF0EAFB), rgb(0x1F6F3F), rgb(0xE2F2E8),
};

const Palette kDark{
    rgb(0x15171B), rgb(0x1E2127), rgb(0x24282F), rgb(0x333842), rgb(0xE8E9EC), rgb(0xA0A6B0), rgb(0x8FA2FF),
    rgb(0x262D4A), rgb(0x10131A), rgb(0x303963), rgb(0x3A4578), rgb(0x4CC38A), rgb(0x1B3328), rgb(0x8BDDB3),
    rgb(0xE0A84A), rgb(0x3A2F1A), rgb(0xF0826E), rgb(0x41231E), rgb(0x4FD1C0), rgb(0x173532), rgb(0xF2B661),
    rgb(0x3A2D17), rgb(0xB89CFF), rgb(0x2E2547), rgb(0x7FDCA2), rgb(0x1C3626),
};

bool g_dark = false;
Palette g_palette = kLight;

}  // namespace

const Palette& palette() { return g_palette; }

bool dark_theme() { return g_dark; }

ImU32 with_alpha(ImU32 c, int alpha) {
    return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha & 0xFF) << IM_COL32_A_SHIFT);
}

void apply_theme(float scale, bool dark, std::optional<ImU32> brand) {
    g_dark = dark;
    const Palette& base = dark ? kDark : kLight;
    g_palette = brand ? with_brand_accent(base, *brand, dark) : base;
    const Palette& p = g_palette;
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
    style.SelectableTextAlign = ImVec2(0, 0.5f);

    const ImU32 field = dark ? rgb(0x181B20) : rgb(0xFBFAF7);
    const ImU32 field_hover = dark ? rgb(0x1B1F25) : rgb(0xFFFFFF);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = color(p.text);
    c[ImGuiCol_TextDisabled] = color(p.muted);
    c[ImGuiCol_WindowBg] = color(p.page);
    c[ImGuiCol_ChildBg] = color(p.surface);
    c[ImGuiCol_PopupBg] = color(p.surface);
    c[ImGuiCol_ModalWindowDimBg] = color(dark ? rgb(0x000000, 150) : rgb(0x1D2127, 90));
    c[ImGuiCol_Border] = color(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = color(field);
    c[ImGuiCol_FrameBgHovered] = color(field_hover);
    c[ImGuiCol_FrameBgActive] = color(field_hover);
    c[ImGuiCol_Button] = color(p.accent_soft);
    c[ImGuiCol_ButtonHovered] = color(p.accent_hover);
    c[ImGuiCol_ButtonActive] = color(p.accent_pressed);
    c[ImGuiCol_Header] = color(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = color(p.accent_hover);
    c[ImGuiCol_HeaderActive] = color(p.accent_pressed);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = color(dark ? rgb(0x3A404A) : rgb(0xCDC8BE));
    c[ImGuiCol_ScrollbarGrabHovered] = color(dark ? rgb(0x4A515D) : rgb(0xB5AFA3));
    c[ImGuiCol_ScrollbarGrabActive] = color(dark ? rgb(0x5A6270) : rgb(0x9C9588));
    c[ImGuiCol_Separator] = color(p.border);
    c[ImGuiCol_TextSelectedBg] = color(with_alpha(p.accent, 70));
    c[ImGuiCol_NavHighlight] = color(p.accent);
    c[ImGuiCol_CheckMark] = color(p.accent);

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace ip::app
