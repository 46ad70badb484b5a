#include "app/wrapped_text_box.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "app/theme.h"

namespace ip::app {

namespace {

struct Line {
    size_t begin;
    size_t end;
};

// A box's wrapped lines, kept until its text, width or font changes: laying
// out a 2 MB resume every frame would be too slow.
struct Layout {
    std::string text;
    float width = -1;
    ImFont* font = nullptr;
    std::vector<Line> lines;
    float widest = 0;
    float scroll = 0;
};

std::map<std::string, Layout> g_layouts;

size_t utf8_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    return lead < 0xF0 ? 3 : 4;
}

void wrap(Layout& layout, const std::string& text, ImFont* font, float width) {
    layout.text = text;
    layout.width = width;
    layout.font = font;
    layout.lines.clear();
    layout.widest = 0;
    const char* base = text.c_str();
    const char* end = base + text.size();
    const char* s = base;
    while (true) {
        const char* newline = std::find(s, end, '\n');
        // CalcWordWrapPositionA does not stop at a newline: wrap one paragraph at a time.
        do {
            const char* eol = font->CalcWordWrapPositionA(1.0f, s, newline, width);
            if (eol == s && s < newline) eol = std::min(newline, s + utf8_length(static_cast<unsigned char>(*s)));
            layout.lines.push_back({static_cast<size_t>(s - base), static_cast<size_t>(eol - base)});
            layout.widest = std::max(layout.widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, eol).x);
            s = eol;
            while (s < newline && (*s == ' ' || *s == '\t')) ++s;
        } while (s < newline);
        if (newline == end) break;
        s = newline + 1;
    }
}

// The byte offset of the character nearest `x` (from the line's left edge).
size_t offset_at(const std::string& text, const Line& line, ImFont* font, float x) {
    float left = 0;
    const char* s = text.c_str() + line.begin;
    const char* end = text.c_str() + line.end;
    while (s < end) {
        unsigned int c = 0;
        const int bytes = ImTextCharFromUtf8(&c, s, end);
        const float advance = font->GetCharAdvance(static_cast<ImWchar>(c));
        if (left + advance / 2 > x) break;
        left += advance;
        s += std::max(bytes, 1);
    }
    return static_cast<size_t>(s - text.c_str());
}

struct EditStart {
    std::string* value;
    int caret;  // where to put the caret when editing starts; -1 leaves it
};

int edit_callback(ImGuiInputTextCallbackData* data) {
    auto* edit = static_cast<EditStart*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        edit->value->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = edit->value->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && edit->caret >= 0) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = std::min(edit->caret, data->BufTextLen);
    }
    return 0;
}

void draw_scrollbar(ImDrawList* draw, const ImRect& inner, float content_h, float scroll, float scale) {
    const float view_h = inner.GetHeight();
    const float thumb_h = std::max(view_h * view_h / content_h, 16 * scale);
    const float top = inner.Min.y + (view_h - thumb_h) * scroll / (content_h - view_h);
    const float x = inner.Max.x - 6 * scale;
    draw->AddRectFilled(ImVec2(x, top), ImVec2(x + 5 * scale, top + thumb_h),
                        ImGui::GetColorU32(ImGuiCol_ScrollbarGrab), 3 * scale);
}

}  // namespace

bool wrapped_text_box(const char* id, const std::string& name, std::string& value, const char* placeholder, ImVec2 size,
                      float scale) {
    ImGuiContext& g = *GImGui;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiID item_id = ImGui::GetID(id);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 box = ImGui::CalcItemSize(size, ImGui::CalcItemWidth(), g.FontSize * 8 + 2 * style.FramePadding.y);
    const ImRect frame(pos, ImVec2(pos.x + box.x, pos.y + box.y));
    const ImVec2 pad = style.FramePadding;
    const ImRect inner(frame.Min.x + pad.x, frame.Min.y + pad.y, frame.Max.x - pad.x, frame.Max.y - pad.y);
    ImFont* font = ImGui::GetFont();
    const float line_h = font->FontSize;
    const float scrollbar_w = 10 * scale;

    Layout& layout = g_layouts[name];
    // Lines that overflow the box leave room at the right for the scrollbar.
    const bool had_scrollbar = layout.lines.size() * line_h > inner.GetHeight();
    const float full_width = std::max(inner.GetWidth(), 1.0f);
    const float narrow_width = std::max(full_width - scrollbar_w, 1.0f);
    if (layout.width != (had_scrollbar ? narrow_width : full_width) || layout.font != font || layout.text != value) {
        wrap(layout, value, font, full_width);
        if (layout.lines.size() * line_h > inner.GetHeight()) wrap(layout, value, font, narrow_width);
    }
    const bool overflows = layout.lines.size() * line_h > inner.GetHeight();
    const float content_h = layout.lines.size() * line_h;
    const float max_scroll = std::max(content_h - inner.GetHeight(), 0.0f);

    const bool clicked = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsWindowHovered() &&
                         ImGui::IsMouseHoveringRect(frame.Min, frame.Max);
    const bool keyboard_start = g.NavActivateId == item_id || g.NavActivateInputId == item_id;
    const bool editing = g.ActiveId == item_id;
    if (editing || clicked || keyboard_start) {
        EditStart edit{&value, -1};
        ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
        if (!editing) {
            // Activates the input in this very frame, as the keyboard would.
            g.NavActivateInputId = item_id;
            flags |= ImGuiInputTextFlags_CallbackAlways;
            edit.caret = static_cast<int>(value.size());
            if (clicked && !layout.lines.empty()) {
                const ImVec2 mouse = ImGui::GetMousePos();
                const float row = (mouse.y - inner.Min.y + std::min(layout.scroll, max_scroll)) / line_h;
                const size_t index = static_cast<size_t>(std::clamp(row, 0.0f, layout.lines.size() - 1.0f));
                edit.caret = static_cast<int>(offset_at(value, layout.lines[index], font, mouse.x - inner.Min.x));
            }
        }
        return ImGui::InputTextMultiline(id, value.data(), value.capacity() + 1, size, flags, edit_callback, &edit);
    }

    ImGui::ItemSize(frame, style.FramePadding.y);
    if (!ImGui::ItemAdd(frame, item_id, nullptr, ImGuiItemFlags_Inputable)) return false;
    if (ImGui::ItemHoverable(frame, item_id)) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        if (overflows) {
            ImGui::SetItemUsingMouseWheel();
            // The same step as ImGui's own scrolling windows, so the box scrolls like the page.
            const float step = std::floor(std::min(5 * line_h, inner.GetHeight() * 0.67f));
            layout.scroll -= ImGui::GetIO().MouseWheel * step;
        }
    }
    layout.scroll = std::clamp(layout.scroll, 0.0f, max_scroll);

    ImGui::RenderFrame(frame.Min, frame.Max, ImGui::GetColorU32(ImGuiCol_FrameBg), true, style.FrameRounding);
    ImGui::RenderNavHighlight(frame, item_id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(inner.Min, inner.Max, true);
    if (value.empty()) {
        draw->AddText(font, line_h, inner.Min, palette().muted, placeholder, nullptr, inner.GetWidth() - 8 * scale);
    } else {
        const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
        const size_t first = static_cast<size_t>(layout.scroll / line_h);
        const size_t last = std::min(layout.lines.size(), first + static_cast<size_t>(inner.GetHeight() / line_h) + 2);
        for (size_t i = first; i < last; ++i) {
            const Line& line = layout.lines[i];
            const ImVec2 at(inner.Min.x, inner.Min.y + i * line_h - layout.scroll);
            draw->AddText(font, line_h, at, color, value.c_str() + line.begin, value.c_str() + line.end);
        }
    }
    draw->PopClipRect();
    if (overflows) draw_scrollbar(draw, inner, content_h, layout.scroll, scale);
    return false;
}

WrappedTextStats wrapped_text_stats(const std::string& name) {
    const auto it = g_layouts.find(name);
    if (it == g_layouts.end()) return {};
    return {static_cast<int>(it->second.lines.size()), it->second.widest, it->second.width};
}

}  // namespace ip::app
