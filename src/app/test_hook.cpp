#include "app/test_hook.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>
#include <set>
#include <vector>

namespace ip::app::hook {

namespace {

struct Control {
    std::string id;
    ImVec2 min;
    ImVec2 max;
    ImGuiID imgui_id;
};

// The controls of the frame being drawn; between frames (when the page's
// JavaScript runs) those of the last frame.
std::vector<Control> g_drawn;
std::set<std::string> g_pending;

}  // namespace

bool item(const std::string& id) {
    g_drawn.push_back({id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID()});
    return g_pending.erase(id) > 0;
}

void begin_frame() { g_drawn.clear(); }

bool request_click(const std::string& id) {
    for (const auto& c : g_drawn) {
        if (c.id == id) {
            g_pending.insert(id);
            return true;
        }
    }
    return false;
}

std::string focused_control() {
    const ImGuiContext& g = *GImGui;
    if (g.NavId == 0 || g.NavDisableHighlight) return {};
    for (const auto& c : g_drawn)
        if (c.imgui_id == g.NavId) return c.id;
    return {};
}

std::string controls_json(float scale) {
    nlohmann::json out = nlohmann::json::array();
    const float s = scale > 0 ? scale : 1;
    for (const auto& c : g_drawn) {
        out.push_back({{"id", c.id},
                       {"x", c.min.x / s},
                       {"y", c.min.y / s},
                       {"w", (c.max.x - c.min.x) / s},
                       {"h", (c.max.y - c.min.y) / s}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ip::app::hook
