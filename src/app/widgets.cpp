#include "app/widgets.h"

#include <algorithm>

#include "app/test_hook.h"
#include "app/theme.h"
#include "app/wrapped_text_box.h"
#include "platform/platform.h"

namespace ip::app {

namespace {

std::vector<float> g_text_fields;

// Lets ImGui grow the std::string it edits (ImGuiInputTextFlags_CallbackResize).
int resize_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* value = static_cast<std::string*>(data->UserData);
        value->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = value->data();
    }
    return 0;
}

// Records the field for the on-screen keyboard and rings it while it is
// being edited.
void note_text_field() {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    g_text_fields.insert(g_text_fields.end(), {min.x, min.y, max.x - min.x, max.y - min.y});
    if (ImGui::IsItemActive()) {
        const float t = ImGui::GetStyle().FrameBorderSize;
        ImGui::GetWindowDrawList()->AddRect(min, max, with_alpha(palette().accent, 200),
                                            ImGui::GetStyle().FrameRounding, 0, 2 * t);
    }
}

void hand_cursor() {
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace

bool text_field(const char* id, std::string& value, const char* hint, float width) {
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(id, hint, value.data(), value.capacity() + 1,
                                                  ImGuiInputTextFlags_CallbackResize, resize_string, &value);
    note_text_field();
    return changed;
}

bool text_area(const char* id, const std::string& name, std::string& value, const char* placeholder, ImVec2 size,
               float scale) {
    const bool changed = wrapped_text_box(id, name, value, placeholder, size, scale);
    note_text_field();
    return changed;
}

void begin_widgets_frame() { g_text_fields.clear(); }

const std::vector<float>& text_field_areas() { return g_text_fields; }

float button_width(const char* label, float scale) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * 12 * scale;
}

bool soft_button(const char* label, float scale) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * scale, ImGui::GetStyle().FramePadding.y));
    const bool pressed = ImGui::Button(label);
    hand_cursor();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    return pressed;
}

bool primary_button(const char* label, float scale, float width, bool compact) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, with_alpha(p.accent, 225));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, with_alpha(p.accent, 200));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(18 * scale, compact ? ImGui::GetStyle().FramePadding.y : 11 * scale));
    const bool pressed = ImGui::Button(label, ImVec2(width, 0));
    hand_cursor();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(4);
    return pressed;
}

bool link_button(const char* label, ImU32 color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, with_alpha(palette().accent, 24));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, with_alpha(palette().accent, 48));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::Button(label);
    hand_cursor();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

bool copy_button(Ui& ui, const std::string& id, const std::string& text, const char* label, float right_x) {
    const bool recent = ui.view.copied_id == id && ui.now_ms - ui.view.copied_at_ms < 1600;
    if (recent) ui.wake_in(1600 - (ui.now_ms - ui.view.copied_at_ms) + 20);
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushID(id.c_str());
    const std::string shown = std::string(recent ? "Copied \u2713" : label) + "##copy";
    if (right_x > 0)
        ImGui::SetCursorScreenPos(ImVec2(right_x - button_width(shown.c_str(), ui.s), ImGui::GetCursorScreenPos().y));
    const bool pressed = hook::control(soft_button(shown.c_str(), ui.s), "copy:" + id);
    ImGui::PopID();
    ImGui::PopFont();
    if (pressed) {
        platform::copy_to_clipboard(text);
        ui.view.copied_id = id;
        ui.view.copied_at_ms = ui.now_ms;
    }
    return pressed;
}

void muted_text(const char* text, bool wrap) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    if (wrap) {
        ImGui::TextWrapped("%s", text);
    } else {
        ImGui::TextUnformatted(text);
    }
    ImGui::PopStyleColor();
}

void wrapped_text(const std::string& text, ImFont* font, ImU32 color, float width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void block_label(Ui& ui, const char* text) {
    ImGui::Dummy(ImVec2(0, ui.px(2)));
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void heading(Ui& ui, const std::string& text) {
    ImGui::Dummy(ImVec2(0, ui.px(10)));
    wrapped_text(text, ui.fonts.brand, palette().text, ui.width());
    ImGui::Dummy(ImVec2(0, ui.px(2)));
}

ImVec2 chip(const std::string& text, ImU32 fg, ImU32 bg, ImFont* font, float scale) {
    const ImVec2 pad(8 * scale, 3 * scale);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str(), text.c_str() + text.size());
    const ImVec2 box(size.x + 2 * pad.x, size.y + 2 * pad.y);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), bg, box.y / 2);
    draw->AddText(font, font->FontSize, ImVec2(at.x + pad.x, at.y + pad.y), fg, text.c_str(),
                  text.c_str() + text.size());
    ImGui::Dummy(box);
    return box;
}

void chip_row(const std::vector<std::string>& items, ImU32 fg, ImU32 bg, ImFont* font, float scale, float width) {
    const float gap = 6 * scale;
    const float left = ImGui::GetCursorScreenPos().x;
    float x = 0;
    bool first = true;
    for (const auto& item : items) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, item.c_str()).x + 16 * scale;
        if (!first) {
            if (x + gap + w <= width) {
                ImGui::SameLine(0, gap);
                x += gap;
            } else {
                ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
                x = 0;
            }
        }
        chip(item, fg, bg, font, scale);
        x += w;
        first = false;
    }
}

ImU32 status_color(RequirementStatus status) {
    const Palette& p = palette();
    switch (status) {
        case RequirementStatus::Covered: return p.positive;
        case RequirementStatus::Partial: return p.caution;
        case RequirementStatus::Gap: return p.danger;
    }
    return p.muted;
}

void status_icon(ImDrawList* draw, ImVec2 c, float r, RequirementStatus status) {
    draw->AddCircleFilled(c, r, status_color(status), 24);
    const ImU32 ink = palette().surface;
    const float t = std::max(1.5f, r * 0.22f);
    if (status == RequirementStatus::Covered) {
        draw->AddLine(ImVec2(c.x - r * 0.45f, c.y + r * 0.02f), ImVec2(c.x - r * 0.1f, c.y + r * 0.38f), ink, t);
        draw->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.38f), ImVec2(c.x + r * 0.48f, c.y - r * 0.35f), ink, t);
    } else if (status == RequirementStatus::Partial) {
        draw->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.45f, c.y), ink, t);
    } else {
        draw->AddLine(ImVec2(c.x - r * 0.38f, c.y - r * 0.38f), ImVec2(c.x + r * 0.38f, c.y + r * 0.38f), ink, t);
        draw->AddLine(ImVec2(c.x - r * 0.38f, c.y + r * 0.38f), ImVec2(c.x + r * 0.38f, c.y - r * 0.38f), ink, t);
    }
}

Card::Card(Ui& ui, float width, float padding, ImU32 background, ImU32 border)
    : ui_(ui),
      draw_(ImGui::GetWindowDrawList()),
      start_(ImGui::GetCursorScreenPos()),
      width_(width),
      pad_(padding * ui.s),
      background_(background ? background : palette().surface),
      border_(border ? border : palette().border) {
    splitter_.Split(draw_, 2);
    splitter_.SetCurrentChannel(draw_, 1);
    ImGui::SetCursorScreenPos(ImVec2(start_.x + pad_, start_.y + pad_));
    ImGui::BeginGroup();
    ui_.widths.push_back(width_ - 2 * pad_);
}

Card::~Card() {
    ui_.widths.pop_back();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad_;
    splitter_.SetCurrentChannel(draw_, 0);
    const ImVec2 end(start_.x + width_, bottom);
    const float rounding = 10 * ui_.s;
    draw_->AddRectFilled(start_, end, background_, rounding);
    if (border_ != IM_COL32(0, 0, 0, 0)) draw_->AddRect(start_, end, border_, rounding, 0, ui_.s);
    splitter_.Merge(draw_);
    ImGui::SetCursorScreenPos(start_);
    ImGui::Dummy(ImVec2(width_, bottom - start_.y));
}

}  // namespace ip::app
