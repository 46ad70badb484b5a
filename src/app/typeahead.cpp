#include "app/typeahead.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <map>

#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/text.h"

namespace ip::app {

namespace {

struct FieldState {
    int highlight = -1;  // the suggestion Up/Down moved to
    bool list_shown = false;
    ImVec2 list_min, list_max;  // where the list was last drawn
    bool dismissed = false;     // Esc closed the list until the next edit
};

std::map<ImGuiID, FieldState> g_fields;

}  // namespace

std::vector<std::string> typeahead_suggestions(const std::vector<std::string>& options, const std::string& typed) {
    std::vector<std::string> prefix, inside;
    const std::string needle = to_lower(trim(typed));
    if (needle.empty()) return {};
    for (const auto& o : options) {
        const std::string lower = to_lower(o);
        if (lower == needle) return {};  // already picked
        if (starts_with(lower, needle)) {
            prefix.push_back(o);
        } else if (contains(lower, needle)) {
            inside.push_back(o);
        }
    }
    prefix.insert(prefix.end(), inside.begin(), inside.end());
    if (prefix.size() > 6) prefix.resize(6);
    return prefix;
}

bool typeahead_field(const char* id, std::string& value, const char* hint, float width,
                     const std::vector<std::string>& options, float s) {
    const ImGuiID key = ImGui::GetID(id);
    FieldState& state = g_fields[key];
    bool changed = text_field(id, value, hint, width);
    const bool active = ImGui::IsItemActive();
    const bool deactivated = ImGui::IsItemDeactivated();
    const bool enter = deactivated && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    const ImVec2 field_min = ImGui::GetItemRectMin();
    const ImVec2 field_max = ImGui::GetItemRectMax();
    if (changed) state.dismissed = false;
    if (active && escape) state.dismissed = true;

    // Up/Down move through the suggestions (a one-line field ignores them).
    if (active) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) ++state.highlight;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) --state.highlight;
    }

    // A click on the list takes the focus from the field in the same frame:
    // the list stays while the pointer is over where it was drawn.
    const bool over_list = state.list_shown && ImGui::IsMouseHoveringRect(state.list_min, state.list_max, false);
    const std::vector<std::string> found = (active || over_list || enter) && !state.dismissed
                                               ? typeahead_suggestions(options, value)
                                               : std::vector<std::string>{};
    const int count = static_cast<int>(found.size());
    state.list_shown = false;
    if (count == 0) {
        state.highlight = -1;
        return changed;
    }
    state.highlight = std::clamp(state.highlight, -1, count - 1);
    if (enter && state.highlight >= 0) {
        value = found[static_cast<size_t>(state.highlight)];
        state.highlight = -1;
        return true;
    }
    if (!active && !over_list) return changed;

    const Palette& p = palette();
    // Under the field, or over it when the screen ends first.
    const float list_h = count * (ImGui::GetTextLineHeight() + 8 * s + ImGui::GetStyle().ItemSpacing.y) + 12 * s;
    const bool above = field_max.y + 4 * s + list_h > ImGui::GetIO().DisplaySize.y && field_min.y > list_h;
    if (above) {
        ImGui::SetNextWindowPos(ImVec2(field_min.x, field_min.y - 4 * s), 0, ImVec2(0, 1));
    } else {
        ImGui::SetNextWindowPos(ImVec2(field_min.x, field_max.y + 4 * s));
    }
    ImGui::SetNextWindowSize(ImVec2(field_max.x - field_min.x, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6 * s, 6 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8 * s);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.surface);
    const std::string window_id = std::string("##suggest") + id;
    ImGui::Begin(window_id.c_str(), nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        const bool selected = i == state.highlight;
        if (hook::control(ImGui::Selectable(found[static_cast<size_t>(i)].c_str(), selected, 0,
                                            ImVec2(0, ImGui::GetTextLineHeight() + 8 * s)),
                          std::string("suggestion:") + found[static_cast<size_t>(i)])) {
            value = found[static_cast<size_t>(i)];
            changed = true;
            state.highlight = -1;
        }
        ImGui::PopID();
    }
    state.list_shown = !changed;
    state.list_min = ImGui::GetWindowPos();
    state.list_max = ImVec2(state.list_min.x + ImGui::GetWindowWidth(), state.list_min.y + ImGui::GetWindowHeight());
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
    return changed;
}

}  // namespace ip::app
