#include "app/playbook_screen.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/exports.h"
#include "app/header_mark.h"
#include "app/playbook_parts.h"
#include "app/sections.h"
#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/text.h"
#include "platform/platform.h"
#include "render/wording.h"

namespace ip::app {

namespace {

constexpr float kBarHeight = 60;
constexpr float kNavWidth = 272;
constexpr float kMaxTextWidth = 860;
constexpr float kMaxLogoWidth = 200;  // the embedding site's logo; less on a phone
constexpr float kMaxPhoneLogoWidth = 96;

struct ExportItem {
    ExportRequest::Action action;
    ExportFormat format;
    const char* id;
    const char* title;
    const char* about;
};
constexpr ExportItem kDownloads[] = {
    {ExportRequest::Action::Download, ExportFormat::ReportPdf, "export-pdf", "Full report (PDF)",
     "Every section, to read on your phone, print or attach"},
    {ExportRequest::Action::Download, ExportFormat::HandoutPdf, "export-handout-pdf", "Handout (PDF)",
     "Your 30/60/90-day plan on one page"},
    {ExportRequest::Action::Download, ExportFormat::ReportHtml, "export-html", "Full report (HTML)",
     "Every section, to open in a browser"},
    {ExportRequest::Action::Download, ExportFormat::HandoutHtml, "export-handout", "Printable handout (HTML)",
     "The plan page, to open in a browser"},
    {ExportRequest::Action::Download, ExportFormat::HandoutPng, "export-png", "Handout as an image (PNG)",
     "The same page as a picture"},
    {ExportRequest::Action::Download, ExportFormat::Markdown, "export-md", "Markdown",
     "To paste into Notion, Google Docs or your notes"},
    {ExportRequest::Action::Download, ExportFormat::Json, "export-json", "Data (JSON)",
     "The whole playbook for other tools"},
};
constexpr ExportItem kPrints[] = {
    {ExportRequest::Action::Print, ExportFormat::ReportHtml, "print-report", "Print the report",
     "Opens the print dialog; each section starts a page"},
    {ExportRequest::Action::Print, ExportFormat::HandoutHtml, "print-handout", "Print the handout",
     "Opens the print dialog on the one-page plan"},
};

bool is_handout(ExportFormat f) {
    return f == ExportFormat::HandoutHtml || f == ExportFormat::HandoutPng || f == ExportFormat::HandoutPdf;
}

std::string for_whom(const Playbook& doc) {
    std::string name = display_name(doc.candidate.name.value_or(""));
    const std::string role = role_phrase(doc);
    if (role == "this role") return name;
    return name.empty() ? role : name + "  \u00B7  " + role;
}

void export_item(Ui& ui, const ExportItem& item) {
    const Palette& p = palette();
    if (is_handout(item.format) && ui.view.hidden.hides(Part::Plan)) return;
    ImGui::PushID(item.id);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = std::max(ui.px(300), ImGui::GetContentRegionAvail().x);
    const float h = ui.fonts.label->FontSize + ui.fonts.small->FontSize + ui.px(18);
    if (hook::control(ImGui::Selectable("##item", false, 0, ImVec2(w, h)), item.id))
        ui.export_request = {item.action, item.format, 0};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ui.fonts.label, ui.fonts.label->FontSize, ImVec2(at.x + ui.px(8), at.y + ui.px(6)), p.text,
                  item.title);
    draw->AddText(ui.fonts.small, ui.fonts.small->FontSize,
                  ImVec2(at.x + ui.px(8), at.y + ui.px(8) + ui.fonts.label->FontSize), p.muted, item.about);
    ImGui::PopID();
}

void menu_heading(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.small);
    ImGui::TextDisabled("%s", text);
    ImGui::PopFont();
}

// Downloads, the paper for PDF and PNG (Letter or A4), and printing.
void export_items(Ui& ui) {
    for (const auto& item : kDownloads) export_item(ui, item);
    ImGui::Separator();
    menu_heading(ui, "PAPER (PDF AND PNG)");
    ImGui::PushFont(ui.fonts.label);
    if (hook::control(ImGui::RadioButton("US Letter", !ui.view.a4), "paper-letter")) ui.view.a4 = false;
    ImGui::SameLine(0, ui.px(18));
    if (hook::control(ImGui::RadioButton("A4", ui.view.a4), "paper-a4")) ui.view.a4 = true;
    ImGui::PopFont();
    ImGui::Separator();
    menu_heading(ui, "PRINT");
    for (const auto& item : kPrints) export_item(ui, item);
}

// A small downward caret inside the right end of the last button.
void caret_on_last_item(Ui& ui, ImU32 color) {
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImVec2 min = ImGui::GetItemRectMin();
    const float h = ui.px(4);
    const ImVec2 c(max.x - ui.px(16), (min.y + max.y) / 2);
    ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(c.x - h, c.y - h / 2), ImVec2(c.x + h, c.y - h / 2),
                                                  ImVec2(c.x, c.y + h / 2), color);
}

void begin_menu_style(Ui& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(8), ui.px(8)));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, ui.px(10));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(8), ui.px(2)));
}

void end_menu_style() { ImGui::PopStyleVar(3); }

// One row of the navigation: number in a circle and the title.
bool nav_row(Ui& ui, int index, bool selected, float width) {
    const Palette& p = palette();
    const SectionInfo& info = report_sections()[static_cast<size_t>(index)];
    ImGui::PushID(index);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImFont* font = selected ? ui.fonts.label : ui.fonts.body;
    const float text_x = ui.px(44);
    const float text_w = width - text_x - ui.px(10);
    const ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, text_w, info.title);
    const float h = std::max(ui.px(40), text_size.y + ui.px(16));
    ImGui::PushStyleColor(ImGuiCol_Header, p.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, with_alpha(p.accent, 30));
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, with_alpha(p.accent, 50));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.px(8));
    const bool pressed = hook::control(ImGui::Selectable("##nav", selected, 0, ImVec2(width, h)),
                                       "nav:" + std::to_string(index + 1));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float d = ui.px(24);
    const ImVec2 c(at.x + ui.px(10) + d / 2, at.y + h / 2);
    draw->AddCircleFilled(c, d / 2, selected ? p.accent : p.surface_alt, 20);
    if (!selected) draw->AddCircle(c, d / 2, p.border, 20, ui.s);
    char digits[4];
    std::snprintf(digits, sizeof digits, "%d", index + 1);
    const ImVec2 ds = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, digits);
    draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(c.x - ds.x / 2, c.y - ds.y / 2),
                  selected ? p.on_accent : p.muted, digits);
    draw->AddText(font, font->FontSize, ImVec2(at.x + text_x, at.y + (h - text_size.y) / 2),
                  selected ? p.accent : p.text, info.title, nullptr, text_w);
    ImGui::PopID();
    return pressed;
}

// The navigation's contents: sections, then the 30-minute path and progress.
void nav_contents(Ui& ui, const Playbook& doc, float width) {
    const Palette& p = palette();
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ui.px(10));
    ImGui::TextUnformatted("YOUR PLAYBOOK");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ui.px(2)));
    for (int i = 0; i < 10; ++i)
        if (ui.view.hidden.section_shown(i) && nav_row(ui, i, ui.view.section == i, width)) ui.goto_section = i;
    ImGui::PopStyleVar();

    gap(ui, 16);
    ui.widths.push_back(width);
    {
        Card card(ui, width, 14, p.surface_alt, IM_COL32(0, 0, 0, 0));
        wrapped_text("Only have 30 minutes?", ui.fonts.label, p.text, ui.width());
        gap(ui, 4);
        const std::vector<std::string> steps = steps_to_shown_sections(
            doc.fit.path_30_minutes.empty() ? default_path_30_minutes() : doc.fit.path_30_minutes, ui.view.hidden);
        ImGui::PushFont(ui.fonts.small);
        int number = 0;
        for (size_t i = 0; i < steps.size(); ++i) {
            if (trim(steps[i]).empty()) continue;
            ImGui::PushID(static_cast<int>(i));
            const int target = section_named_in(steps[i]);
            char label[16];  // any int and the dot
            std::snprintf(label, sizeof label, "%d.", ++number);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddText(ui.fonts.small, ui.fonts.small->FontSize, at, p.accent, label);
            ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(18), at.y));
            ImGui::BeginGroup();
            wrapped_text(steps[i], ui.fonts.small, p.text, ui.width() - ui.px(18));
            ImGui::EndGroup();
            if (target >= 0) {
                // The whole step is a link to the section it names.
                const ImVec2 min = ImGui::GetItemRectMin();
                const ImVec2 max = ImGui::GetItemRectMax();
                ImGui::SetCursorScreenPos(ImVec2(at.x, at.y));
                if (hook::control(ImGui::InvisibleButton("step", ImVec2(ui.width(), max.y - min.y)),
                                  "path:" + std::to_string(i)))
                    ui.goto_section = target;
                if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            }
            gap(ui, 4);
            ImGui::PopID();
        }
        ImGui::PopFont();
    }
    gap(ui, 12);
    const FillCount count = count_fills(doc, ui.answers);
    if (count.total > 0) {
        char line[64];
        std::snprintf(line, sizeof line, "%d of %d blanks answered", count.answered, count.total);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        wrapped_text(line, ui.fonts.small, p.muted, width);
        const float y = ImGui::GetCursorScreenPos().y;
        const float h = ui.px(5);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + h), p.border, h / 2);
        draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width * count.answered / count.total, y + h), p.yours,
                            h / 2);
        ImGui::Dummy(ImVec2(width, h + ui.px(8)));
    }
    ui.widths.pop_back();
}

// `inset` is how far in from each side the bar's contents sit: on a wide
// monitor they line up with the centred page below.
PlaybookScreenRequests top_bar(Ui& ui, const Playbook& doc, const PlaybookScreenContext& ctx, float inset) {
    const Palette& p = palette();
    PlaybookScreenRequests req;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    const float height = ui.px(kBarHeight);
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface);
    draw->AddLine(ImVec2(origin.x, origin.y + height - ui.s), ImVec2(origin.x + width, origin.y + height - ui.s),
                  p.border, ui.s);
    const float margin = std::max(ui.px(ui.phone ? 14 : 24), inset);
    const float mark_w = draw_header_mark(draw, ctx.logo, origin.x + margin, origin.y, height,
                                          ui.px(ui.phone ? kMaxPhoneLogoWidth : kMaxLogoWidth), ui.s);
    float x = origin.x + margin + mark_w + ui.px(12);
    const float frame_y = origin.y + (height - ImGui::GetFrameHeight()) / 2;

    if (ui.phone) {
        // The section menu takes the bar's middle.
        const SectionInfo& info = report_sections()[static_cast<size_t>(ui.view.section)];
        char label[160];
        std::snprintf(label, sizeof label, "%d. %s", info.number, info.title);
        ImGui::SetCursorScreenPos(ImVec2(x, frame_y));
        ImGui::PushFont(ui.fonts.label);
        const float menu_w = button_width("Menu", ui.s);
        const float avail = width - (x - origin.x) - menu_w - margin - ui.px(8);
        std::string text = label;
        while (text.size() > 6 && ImGui::CalcTextSize(text.c_str()).x + ui.px(56) > avail)
            text = text.substr(0, text.size() - 6) + "\u2026";
        if (hook::control(soft_button((text + "      ##sections").c_str(), ui.s), "sections-menu"))
            ImGui::OpenPopup("sections");
        caret_on_last_item(ui, p.accent);
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - margin - menu_w, frame_y));
        if (hook::control(soft_button("Menu", ui.s), "menu")) ImGui::OpenPopup("more");
        ImGui::PopFont();
        begin_menu_style(ui);
        ImGui::SetNextWindowPos(ImVec2(origin.x + ui.px(8), origin.y + height + ui.px(4)));
        ImGui::SetNextWindowSize(ImVec2(width - ui.px(16), 0));
        if (ImGui::BeginPopup("sections")) {
            for (int i = 0; i < 10; ++i) {
                if (ui.view.hidden.section_shown(i) &&
                    nav_row(ui, i, ui.view.section == i, ImGui::GetContentRegionAvail().x)) {
                    ui.goto_section = i;
                    ImGui::CloseCurrentPopup();
                }
            }
            ImGui::EndPopup();
        }
        ImGui::SetNextWindowPos(ImVec2(origin.x + width - ui.px(8), origin.y + height + ui.px(4)), 0, ImVec2(1, 0));
        ImGui::SetNextWindowSize(ImVec2(std::min(width - ui.px(16), ui.px(340)), 0));
        if (ImGui::BeginPopup("more")) {
            ImGui::PushFont(ui.fonts.label);
            if (hook::control(ImGui::Selectable("Edit your inputs", false, 0, ImVec2(0, ui.px(36))), "edit-inputs"))
                req.edit_inputs = true;
            if (hook::control(
                    ImGui::Selectable("Accessible view (the report as a page)", false, 0, ImVec2(0, ui.px(36))),
                    "accessible-view"))
                req.accessible_view = true;
            if (!ctx.embed_host.empty() && !ctx.shared &&
                (hook::control(ImGui::Selectable(("Share this playbook with " + ctx.embed_host).c_str(), false, 0,
                                                 ImVec2(0, ui.px(36))),
                               "share")))
                req.share = true;
            ImGui::PopFont();
            ImGui::Separator();
            menu_heading(ui, "DOWNLOAD");
            export_items(ui);
            if (ui.export_request.pending()) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        end_menu_style();
    } else {
        // Who it is for, then the actions at the right.
        ImGui::PushFont(ui.fonts.label);
        const char* export_label = "Export      ";
        const float export_w = button_width(export_label, ui.s) + ui.px(12);
        const float access_w = button_width("Accessible view", ui.s);
        const float edit_w = button_width("Edit inputs", ui.s);
        const std::string share_label = ctx.shared ? "Shared with " + ctx.embed_host
                                                   : "Share this playbook with " + ctx.embed_host;
        const float share_w = ctx.embed_host.empty() ? 0 : button_width(share_label.c_str(), ui.s) + ui.px(10);
        // Placed from the right, drawn from the left: Tab follows reading order.
        const float spacing = ui.px(8);
        const float export_x = origin.x + width - margin - export_w;
        const float access_x = export_x - spacing - access_w;
        const float edit_x = access_x - spacing - edit_w;
        const float share_x = edit_x - share_w;
        const float right = share_w > 0 ? share_x : edit_x - spacing;
        if (share_w > 0) {
            ImGui::SetCursorScreenPos(ImVec2(share_x, frame_y));
            ImGui::BeginDisabled(ctx.shared);
            if (hook::control(soft_button(share_label.c_str(), ui.s), "share")) req.share = true;
            ImGui::EndDisabled();
        }
        ImGui::SetCursorScreenPos(ImVec2(edit_x, frame_y));
        if (hook::control(soft_button("Edit inputs", ui.s), "edit-inputs")) req.edit_inputs = true;
        ImGui::SetCursorScreenPos(ImVec2(access_x, frame_y));
        if (hook::control(soft_button("Accessible view", ui.s), "accessible-view")) req.accessible_view = true;
        ImGui::SetCursorScreenPos(ImVec2(export_x, frame_y));
        if (hook::control(primary_button(export_label, ui.s), "export")) ImGui::OpenPopup("export");
        caret_on_last_item(ui, p.on_accent);
        const ImVec2 export_max = ImGui::GetItemRectMax();
        ImGui::PopFont();
        // The name and role, cut to the room left.
        const std::string who = for_whom(doc);
        const float room = right - x - ui.px(24);
        ImFont* f = ui.fonts.body;
        if (room > ui.px(120) && !who.empty()) {
            std::string text = who;
            while (text.size() > 4 && f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text.c_str()).x > room)
                text = text.substr(0, text.size() - 5) + "\u2026";
            draw->AddText(ui.fonts.brand, ui.fonts.brand->FontSize,
                          ImVec2(x, origin.y + (height - ui.fonts.brand->FontSize) / 2), p.text, "Playbook");
            const float bx = x + ui.fonts.brand->CalcTextSizeA(ui.fonts.brand->FontSize, FLT_MAX, 0, "Playbook").x +
                             ui.px(14);
            draw->AddLine(ImVec2(bx - ui.px(7), origin.y + height * 0.3f),
                          ImVec2(bx - ui.px(7), origin.y + height * 0.7f), p.border, ui.s);
            if (f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text.c_str()).x < right - bx - ui.px(16))
                draw->AddText(f, f->FontSize, ImVec2(bx, origin.y + (height - f->FontSize) / 2), p.muted, text.c_str());
        }
        begin_menu_style(ui);
        ImGui::SetNextWindowPos(ImVec2(export_max.x, export_max.y + ui.px(6)), 0, ImVec2(1, 0));
        if (ImGui::BeginPopup("export")) {
            export_items(ui);
            if (ui.export_request.pending()) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        end_menu_style();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    return req;
}

}  // namespace

bool drag_to_scroll(float s) {
    struct Drag {
        ImGuiID window = 0;
        bool dragging = false;
        float velocity = 0;
        ImGuiID gliding = 0;
    };
    static Drag drag;
    ImGuiIO& io = ImGui::GetIO();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (!platform::last_pointer_was_touch()) {
        drag = Drag{};
        return false;
    }
    if (ImGui::IsMouseClicked(0)) {
        drag.gliding = 0;
        if (ImGui::IsWindowHovered()) {
            drag.window = window->ID;
            drag.dragging = false;
            drag.velocity = 0;
        } else if (drag.window == window->ID) {
            drag.window = 0;
        }
    }
    if (drag.window == window->ID && ImGui::IsMouseDown(0)) {
        if (!drag.dragging && std::fabs(ImGui::GetMouseDragDelta(0).y) > 8 * s) {
            drag.dragging = true;
            // A drag is a scroll, not a press of the button it started on;
            // text fields keep their selection drag.
            if (ImGui::GetActiveID() != 0 && !io.WantTextInput) ImGui::ClearActiveID();
        }
        if (drag.dragging) {
            ImGui::SetScrollY(window, window->Scroll.y - io.MouseDelta.y);
            drag.velocity = 0.8f * drag.velocity + 0.2f * io.MouseDelta.y;
        }
    } else if (drag.window == window->ID && drag.dragging) {
        drag.dragging = false;
        drag.window = 0;
        drag.gliding = window->ID;
    }
    if (drag.gliding == window->ID) {
        drag.velocity *= 0.94f;
        ImGui::SetScrollY(window, window->Scroll.y - drag.velocity);
        if (std::fabs(drag.velocity) < 0.5f * s) {
            drag.gliding = 0;
            return false;
        }
        return true;
    }
    return false;
}

PlaybookScreenRequests draw_playbook_screen(Ui& ui, const Playbook& doc, const PlaybookScreenContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("playbook", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoScrollWithMouse);
    const float width = ImGui::GetWindowWidth();
    const float top = ui.px(kBarHeight);
    const float body_h = ImGui::GetWindowHeight() - top;
    const float nav_w = ui.phone ? 0 : ui.px(kNavWidth);
    const float gap_w = ui.phone ? 0 : ui.px(28);
    const float total_w = std::min(width, nav_w + gap_w + ui.px(kMaxTextWidth + 2 * 32 + 14));
    const float left = std::max(0.0f, (width - total_w) / 2);
    PlaybookScreenRequests req = top_bar(ui, doc, ctx, left + ui.px(12));

    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    bool gliding = false;
    if (!ui.phone) {
        ImGui::SetCursorPos(ImVec2(left + ui.px(12), top));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(4), ui.px(20)));
        ImGui::BeginChild("nav", ImVec2(nav_w, body_h), false,
                          ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding |
                              ImGuiWindowFlags_NoScrollbar);
        ImGui::PopStyleVar();
        gliding |= drag_to_scroll(ui.s);
        nav_contents(ui, doc, nav_w - ui.px(20));
        ImGui::Dummy(ImVec2(0, ui.px(12)));
        ImGui::EndChild();
    }
    const float content_x = ui.phone ? 0 : left + nav_w + gap_w;
    const float content_w = ui.phone ? width : std::min(width - content_x, total_w - nav_w - gap_w);
    ImGui::SetCursorPos(ImVec2(content_x, top));
    ImGui::BeginChild("content", ImVec2(content_w, body_h), false, ImGuiWindowFlags_NavFlattened);
    if (ui.view.scroll_to_top) {
        ImGui::SetScrollY(0);
        ui.view.scroll_to_top = false;
    }
    gliding |= drag_to_scroll(ui.s);
    const float margin = ui.px(ui.phone ? 16 : 32);
    const float column = std::min(ImGui::GetContentRegionAvail().x - 2 * margin, ui.px(kMaxTextWidth));
    ImGui::SetCursorPos(ImVec2(margin, ui.px(ui.phone ? 20 : 32)));
    ImGui::BeginGroup();
    ui.widths.push_back(column);
    draw_section(ui, doc, ui.view.section);
    // Previous and next at the end of each section.
    gap(ui, 24);
    ImGui::PushFont(ui.fonts.label);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const int previous = ui.view.hidden.next_shown(ui.view.section, -1);
    const int next = ui.view.hidden.next_shown(ui.view.section, 1);
    if (previous >= 0) {
        const SectionInfo& info = report_sections()[static_cast<size_t>(previous)];
        if (hook::control(soft_button(("\u2190 " + std::string(info.title)).c_str(), ui.s), "previous"))
            ui.goto_section = previous;
    }
    if (next >= 0) {
        const SectionInfo& info = report_sections()[static_cast<size_t>(next)];
        const std::string label = "Next: " + std::string(info.title) + " \u2192";
        const float next_w = ImGui::CalcTextSize(label.c_str()).x + ui.px(36);
        if (!ui.phone) ImGui::SetCursorScreenPos(ImVec2(row.x + column - next_w, row.y));
        if (hook::control(primary_button(label.c_str(), ui.s), "next")) ui.goto_section = next;
    }
    ImGui::PopFont();
    ui.widths.pop_back();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.px(48)));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (gliding) ui.wake_in(0);
    ImGui::End();
    return req;
}

}  // namespace ip::app
