#include "app/playbook_parts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/text.h"
#include "render/wording.h"

namespace ip::app {

bool rich_blank(const Rich& text) {
    for (const Span& s : text)
        if (!trim(s.text).empty() || s.kind == SpanKind::Fill) return false;
    return true;
}

void gap(Ui& ui, float css) { ImGui::Dummy(ImVec2(0, ui.px(css))); }

void section_header(Ui& ui, int number) {
    const Palette& p = palette();
    const SectionInfo& info = report_section(number);
    char kicker[32];
    std::snprintf(kicker, sizeof kicker, "SECTION %d OF 10", number);
    ImGui::PushFont(ui.fonts.small);
    const float right_x = ImGui::GetCursorScreenPos().x + ui.width();
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(kicker);
    ImGui::PopStyleColor();
    // The section as Markdown, for Notion, Google Docs or a notes app; made
    // after the frame, with the user's answers (see ExportRequest).
    const std::string copied_id = "section-md-" + std::to_string(number);
    const bool recent = ui.view.copied_id == copied_id && ui.now_ms - ui.view.copied_at_ms < 1600;
    if (recent) ui.wake_in(1600 - (ui.now_ms - ui.view.copied_at_ms) + 20);
    const char* label = recent ? "Copied \u2713##md" : "Copy as Markdown##md";
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(right_x - button_width(label, ui.s), ImGui::GetCursorScreenPos().y));
    if (hook::control(soft_button(label, ui.s), "copy-md-" + std::to_string(number))) {
        ui.export_request = {ExportRequest::Action::CopySection, ExportFormat::Markdown, number};
        ui.view.copied_id = copied_id;
        ui.view.copied_at_ms = ui.now_ms;
    }
    ImGui::PopFont();
    wrapped_text(info.title, ui.fonts.headline, p.text, ui.width());
    gap(ui, 2);
    wrapped_text(info.subtitle, ui.fonts.body, p.muted, ui.width());
    gap(ui, 14);
}

void paragraph(Ui& ui, const char* id, const Rich& text, const std::string& scope, const RichStyle& style) {
    if (rich_blank(text)) return;
    rich_text(ui, id, text, scope, style);
    gap(ui, 6);
}

namespace {

// Draws a bullet dot and indents what follows it on this row.
void bullet_start(Ui& ui, ImFont* font, float line_factor) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line_h = std::round(font->FontSize * line_factor);
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + ui.px(6), at.y + line_h / 2), ui.px(2.6f),
                                                palette().muted, 12);
    ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(20), at.y));
}

}  // namespace

void rich_bullets(Ui& ui, const char* id, const std::vector<Rich>& items, const std::string& scope) {
    ImGui::PushID(id);
    for (size_t i = 0; i < items.size(); ++i) {
        if (rich_blank(items[i])) continue;
        bullet_start(ui, ui.fonts.body, 1.5f);
        ui.widths.push_back(ui.width() - ui.px(20));
        ImGui::BeginGroup();
        rich_text(ui, std::to_string(i).c_str(), items[i], scope);
        ImGui::EndGroup();
        ui.widths.pop_back();
        gap(ui, 2);
    }
    ImGui::PopID();
}

void text_bullets(Ui& ui, const std::vector<std::string>& items, ImFont* font, ImU32 color) {
    ImFont* f = font ? font : ui.fonts.body;
    for (const auto& item : items) {
        if (trim(item).empty()) continue;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + ui.px(6), at.y + f->FontSize * 0.55f), ui.px(2.6f),
                                                    palette().muted, 12);
        ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(20), at.y));
        ImGui::BeginGroup();
        wrapped_text(item, f, color ? color : palette().text, ui.width() - ui.px(20));
        ImGui::EndGroup();
        gap(ui, 2);
    }
}

int section_named_in(const std::string& step) {
    const std::string lower = to_lower(step);
    const size_t at = lower.find("section ");
    if (at == std::string::npos) return -1;
    int n = 0;
    size_t i = at + 8;
    while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])) && n < 100)
        n = n * 10 + (lower[i++] - '0');
    return n >= 1 && n <= 10 ? n - 1 : -1;
}

namespace {

// Every section a step names: "section 4", "sections 2 and 3", "sections
// 5, 6 and 8" -> 0-based indexes.
std::vector<int> sections_named_in(const std::string& step) {
    const std::string lower = to_lower(step);
    std::vector<int> out;
    for (size_t at = lower.find("section"); at != std::string::npos; at = lower.find("section", at + 1)) {
        size_t i = at + 7;
        if (i < lower.size() && lower[i] == 's') ++i;
        for (;;) {
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == ',')) ++i;
            if (lower.compare(i, 4, "and ") == 0) i += 4;
            if (lower.compare(i, 3, "or ") == 0) i += 3;
            if (i >= lower.size() || !std::isdigit(static_cast<unsigned char>(lower[i]))) break;
            int n = 0;
            while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])) && n < 100)
                n = n * 10 + (lower[i++] - '0');
            if (n >= 1 && n <= 10) out.push_back(n - 1);
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> steps_to_shown_sections(const std::vector<std::string>& steps, const HiddenParts& hidden) {
    std::vector<std::string> out;
    for (const auto& step : steps) {
        const std::vector<int> named = sections_named_in(step);
        if (std::all_of(named.begin(), named.end(), [&](int s) { return hidden.section_shown(s); }))
            out.push_back(step);
    }
    return out;
}

int numbered_steps(Ui& ui, const char* id, const std::vector<std::string>& steps) {
    const Palette& p = palette();
    int pressed = -1;
    ImGui::PushID(id);
    int number = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (trim(steps[i]).empty()) continue;
        ++number;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float d = ui.px(22);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 c(at.x + d / 2, at.y + d / 2);
        draw->AddCircleFilled(c, d / 2, p.accent_soft, 20);
        char digits[12];  // any int
        std::snprintf(digits, sizeof digits, "%d", number);
        ImFont* f = ui.fonts.small;
        const ImVec2 size = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, digits);
        draw->AddText(f, f->FontSize, ImVec2(c.x - size.x / 2, c.y - size.y / 2), p.accent, digits);
        const float indent = d + ui.px(10);
        ImGui::SetCursorScreenPos(ImVec2(at.x + indent, at.y + ui.px(1)));
        ImGui::BeginGroup();
        wrapped_text(steps[i], ui.fonts.body, p.text, ui.width() - indent);
        const int target = section_named_in(steps[i]);
        if (target >= 0) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::PushFont(ui.fonts.small);
            char label[48];
            std::snprintf(label, sizeof label, "Go to section %d \u2192", target + 1);
            if (hook::control(link_button(label, p.accent), std::string(id) + ":" + std::to_string(i)))
                pressed = target;
            ImGui::PopFont();
            ImGui::PopID();
        }
        ImGui::EndGroup();
        gap(ui, 6);
    }
    ImGui::PopID();
    return pressed;
}

void fit_gauge(Ui& ui, int score, const std::string& label, float diameter) {
    const Palette& p = palette();
    const int value = std::clamp(score, 0, 100);
    const float d = ui.px(diameter);
    const float thick = d * 0.09f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 center(at.x + d / 2, at.y + d / 2);
    const float r = d / 2 - thick / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pi = 3.14159265f;
    const int segments = 64;
    draw->PathArcTo(center, r, pi, 2 * pi, segments);
    draw->PathStroke(p.border, 0, thick);
    const ImU32 color = value >= 75 ? p.positive : value >= 50 ? p.caution : p.danger;
    if (value > 0) {
        draw->PathArcTo(center, r, pi, pi + pi * value / 100.0f, segments);
        draw->PathStroke(color, 0, thick);
        // Round caps.
        draw->AddCircleFilled(ImVec2(center.x - r, center.y), thick / 2, color, 16);
        const float end = pi + pi * value / 100.0f;
        draw->AddCircleFilled(ImVec2(center.x + r * std::cos(end), center.y + r * std::sin(end)), thick / 2, color, 16);
    }
    const std::string digits = std::to_string(value);
    ImFont* big = ui.fonts.score;
    const ImVec2 size = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, digits.c_str());
    draw->AddText(big, big->FontSize, ImVec2(center.x - size.x / 2, center.y - size.y * 0.95f), p.text, digits.c_str());
    ImFont* small = ui.fonts.small;
    const char* of = "out of 100";
    const ImVec2 of_size = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, of);
    draw->AddText(small, small->FontSize, ImVec2(center.x - of_size.x / 2, center.y + ui.px(2)), p.muted, of);
    ImGui::Dummy(ImVec2(d, d / 2 + thick / 2 + of_size.y + ui.px(6)));
    if (!label.empty()) {
        ImFont* f = ui.fonts.brand;
        const ImVec2 label_size = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str());
        ImGui::SetCursorScreenPos(ImVec2(center.x - label_size.x / 2, ImGui::GetCursorScreenPos().y));
        ImGui::PushFont(f);
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
}

void subscore_bar(Ui& ui, const char* id, const char* name, int value, const Rich* note) {
    const Palette& p = palette();
    const int v = std::clamp(value, 0, 100);
    const float w = ui.width();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* f = ui.fonts.label;
    draw->AddText(f, f->FontSize, at, p.text, name);
    char right[16];
    std::snprintf(right, sizeof right, "%d / 100", v);
    const ImVec2 right_size = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, right);
    draw->AddText(f, f->FontSize, ImVec2(at.x + w - right_size.x, at.y), p.muted, right);
    const float bar_y = at.y + f->FontSize + ui.px(6);
    const float bar_h = ui.px(8);
    const ImU32 color = v >= 75 ? p.positive : v >= 50 ? p.caution : p.danger;
    draw->AddRectFilled(ImVec2(at.x, bar_y), ImVec2(at.x + w, bar_y + bar_h), p.border, bar_h / 2);
    if (v > 0) draw->AddRectFilled(ImVec2(at.x, bar_y), ImVec2(at.x + w * v / 100.0f, bar_y + bar_h), color, bar_h / 2);
    ImGui::Dummy(ImVec2(w, f->FontSize + ui.px(6) + bar_h + ui.px(4)));
    if (note && !rich_blank(*note)) {
        RichStyle style;
        style.font = ui.fonts.small;
        style.color = p.muted;
        rich_text(ui, id, *note, {}, style);
    }
    gap(ui, 8);
}

Columns::Columns(Ui& ui, int count, float min_column_width, float gap_css)
    : ui_(ui), gap_(ui.px(gap_css)), origin_(ImGui::GetCursorScreenPos()) {
    const float total = ui.width();
    const float each = (total - gap_ * (count - 1)) / count;
    stacked_ = each < ui.px(min_column_width);
    column_w_ = stacked_ ? total : each;
    bottom_ = origin_.y;
}

void Columns::next() {
    if (index_ >= 0) {
        ImGui::EndGroup();
        ui_.widths.pop_back();
        bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
        if (stacked_) gap(ui_, 12);
    }
    ++index_;
    if (!stacked_) ImGui::SetCursorScreenPos(ImVec2(origin_.x + index_ * (column_w_ + gap_), origin_.y));
    ui_.widths.push_back(column_w_);
    ImGui::BeginGroup();
}

Columns::~Columns() {
    if (index_ >= 0) {
        ImGui::EndGroup();
        ui_.widths.pop_back();
        bottom_ = std::max(bottom_, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin_.x, bottom_));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace ip::app
