#include "app/widgets.h"

#include "app/theme.h"

namespace ip::app {

namespace {

// Lets ImGui grow the std::string it edits (ImGuiInputTextFlags_CallbackResize).
int resize_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* value = static_cast<std::string*>(data->UserData);
        value->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = value->data();
    }
    return 0;
}

}  // namespace

bool text_field(const char* id, std::string& value, const char* hint, float width) {
    ImGui::SetNextItemWidth(width);
    return ImGui::InputTextWithHint(id, hint, value.data(), value.capacity() + 1,
                                    ImGuiInputTextFlags_CallbackResize, resize_string, &value);
}

bool text_area(const char* id, std::string& value, const char* placeholder, ImVec2 size, float scale) {
    bool changed = ImGui::InputTextMultiline(id, value.data(), value.capacity() + 1, size,
                                             ImGuiInputTextFlags_CallbackResize, resize_string, &value);
    if (value.empty() && !ImGui::IsItemActive()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        const float wrap = max.x - min.x - 2 * pad.x - 8 * scale;
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad.x, min.y + pad.y),
                                            palette().muted, placeholder, nullptr, wrap);
    }
    return changed;
}

bool soft_button(const char* label, float scale) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * scale, ImGui::GetStyle().FramePadding.y));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
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

int word_count(const std::string& text) {
    int words = 0;
    bool in_word = false;
    for (unsigned char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace ip::app
