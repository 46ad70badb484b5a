#include "app/start_screen.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

#include "app/header_mark.h"
#include "app/test_hook.h"
#include "app/theme.h"
#include "app/typeahead.h"
#include "app/widgets.h"
#include "core/text.h"

namespace ip::app {

namespace {

// Layout in CSS pixels; multiplied by the UI scale where used.
constexpr float kHeaderHeight = 60;
constexpr float kMaxContentWidth = 1160;
constexpr float kTwoColumnMinWidth = 640;   // below it, the text cards stack
constexpr float kThreeFieldMinWidth = 760;  // below it, company, role and news stack
constexpr float kGap = 20;
constexpr float kCardPadding = 16;
constexpr float kMinCardHeight = 260;         // side by side
constexpr float kMinStackedCardHeight = 170;  // stacked, so a phone needs little scrolling
constexpr float kMaxLogoWidth = 200;          // the embedding site's logo in the header

void draw_header(const Fonts& fonts, float s, HostLogo* logo) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    const float height = kHeaderHeight * s;
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface);
    draw->AddLine(ImVec2(origin.x, origin.y + height - s), ImVec2(origin.x + width, origin.y + height - s), p.border,
                  s);
    const float margin = 24 * s;
    const float mark_w = draw_header_mark(draw, logo, origin.x + margin, origin.y, height,
                                          std::min(kMaxLogoWidth * s, width / 3), s);
    const float name_y = origin.y + (height - fonts.brand->FontSize) / 2;
    draw->AddText(fonts.brand, fonts.brand->FontSize, ImVec2(origin.x + margin + mark_w + 12 * s, name_y), p.text,
                  "Interview Playbook");

    // The privacy promise as a pill on the right; hidden rather than
    // overlapping the name on a narrow screen.
    const char* promise = "Private: nothing you enter leaves this device";
    const ImVec2 text = fonts.small->CalcTextSizeA(fonts.small->FontSize, FLT_MAX, 0, promise);
    const float pad_x = 12 * s;
    const float dot = 8 * s;
    const float pill_w = pad_x + dot + 8 * s + text.x + pad_x;
    const float pill_h = text.y + 12 * s;
    if (pill_w + 280 * s < width) {
        const ImVec2 q0(origin.x + width - margin - pill_w, origin.y + (height - pill_h) / 2);
        draw->AddRectFilled(q0, ImVec2(q0.x + pill_w, q0.y + pill_h), p.positive_soft, pill_h / 2);
        draw->AddCircleFilled(ImVec2(q0.x + pad_x + dot / 2, q0.y + pill_h / 2), dot / 2, p.positive);
        draw->AddText(fonts.small, fonts.small->FontSize, ImVec2(q0.x + pad_x + dot + 8 * s, q0.y + 6 * s),
                      p.positive_text, promise);
    }
    ImGui::Dummy(ImVec2(width, height));
}

// A card's title row: numbered circle and title, centred on a row as tall as
// a button so buttons can sit on the same line.
void card_title(int step, const char* title, const Fonts& fonts, float s) {
    const Palette& p = palette();
    ImGui::PushFont(fonts.label);
    const float d = 24 * s;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 center(pos.x + d / 2, pos.y + ImGui::GetFrameHeight() / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddCircleFilled(center, d / 2, p.accent_soft);
    const char digit[2] = {static_cast<char>('0' + step), 0};
    const ImVec2 size = ImGui::CalcTextSize(digit);
    draw->AddText(ImVec2(center.x - size.x / 2, center.y - size.y / 2), p.accent, digit);
    ImGui::Dummy(ImVec2(d, ImGui::GetFrameHeight()));
    ImGui::SameLine(0, 10 * s);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
}

// The line under a text area: what the engine read, or a hint while empty.
struct StatusLine {
    std::string text;
    ImU32 color;
    bool details = false;  // offer the "What we read" details
};

StatusLine resume_status(const std::string& text, const std::string& filename, const ResumeSummary* read) {
    const Palette& p = palette();
    if (trim(text).empty()) return {"Plain text works best: every line as it appears on the page.", p.muted};
    std::string from = filename.empty() ? "" : "  \u00B7  from " + filename;
    if (!read) return {std::to_string(word_count(text)) + " words" + from, p.muted};
    if (!read->ok) return {"Could not read it: " + read->error, p.danger};
    std::string line = read->name.empty() ? "No name found" : read->name;
    line += "  \u00B7  " + std::to_string(read->positions.size()) +
            (read->positions.size() == 1 ? " position" : " positions");
    line += "  \u00B7  " + std::to_string(read->skills.size()) + (read->skills.size() == 1 ? " skill" : " skills");
    // Nothing found where something should be: worth a look before generating.
    const bool thin = read->name.empty() || read->positions.empty();
    return {line + from, thin ? p.caution : p.positive_text, true};
}

StatusLine job_status(const std::string& text, const std::string& filename, const JobSummary* read) {
    const Palette& p = palette();
    if (trim(text).empty()) return {"Include the company\u2019s own words; your playbook mirrors them.", p.muted};
    std::string from = filename.empty() ? "" : "  \u00B7  from " + filename;
    if (!read) return {std::to_string(word_count(text)) + " words" + from, p.muted};
    if (!read->ok) return {"Could not read it: " + read->error, p.danger};
    std::string line = read->title.empty() ? "No job title found" : read->title;
    if (!read->company.empty()) line += " at " + read->company;
    if (read->requirements == 0)
        return {"No requirements found: paste the whole posting, lists included" + from, p.caution};
    line += "  \u00B7  " + std::to_string(read->requirements) +
            (read->requirements == 1 ? " requirement" : " requirements");
    return {line + from, p.positive_text};
}

struct TextCard {
    int step;
    const char* title;
    const char* id;
    const char* placeholder;
};

// One big input: title row with actions, the text area, and a status line.
void draw_text_card(const TextCard& card, std::string& text, std::string& filename, const StatusLine& status,
                    ImVec2 size, const Fonts& fonts, float s, StartScreenRequests& req, bool& open_file, bool& edited,
                    bool& show_details) {
    ImGui::PushID(card.id);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kCardPadding * s, kCardPadding * s));
    ImGui::BeginChild("card", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    card_title(card.step, card.title, fonts, s);
    ImGui::PushFont(fonts.label);
    const char* open_label = "Open file\u2026";
    const float open_w = button_width(open_label, s);
    const float clear_w = button_width("Clear", s);
    const float actions_w = open_w + (text.empty() ? 0 : clear_w + ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - actions_w);
    if (hook::control(soft_button(open_label, s), std::string(card.id) + ".open")) open_file = true;
    if (!text.empty()) {
        ImGui::SameLine();
        if (hook::control(soft_button("Clear", s), std::string(card.id) + ".clear")) {
            text.clear();
            filename.clear();
            req.inputs_changed = true;
            edited = true;
        }
    }
    ImGui::PopFont();

    ImGui::PushFont(fonts.small);
    const float status_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::PopFont();
    const ImVec2 area(-FLT_MIN, std::max(ImGui::GetContentRegionAvail().y - status_h, 60 * s));
    if (text_area("##text", card.id, text, card.placeholder, area, s)) {
        req.inputs_changed = true;
        edited = true;
    }
    hook::item(std::string(card.id) + ".text");

    // One line: the summary, cut to fit, and "What we read" at the right.
    ImGui::PushFont(fonts.small);
    const float details_w = status.details ? ImGui::CalcTextSize("What we read").x + 12 * s : 0;
    const ImVec2 line_min = ImGui::GetCursorScreenPos();
    const float line_right = line_min.x + ImGui::GetContentRegionAvail().x - details_w;
    const float line_h = ImGui::GetTextLineHeight();
    ImGui::PushStyleColor(ImGuiCol_Text, status.color);
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), line_min, ImVec2(line_right, line_min.y + line_h), line_right,
                              line_right, status.text.c_str(), status.text.c_str() + status.text.size(), nullptr);
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(line_right - line_min.x, line_h));
    if (status.details) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - details_w + 6 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
        if (hook::control(link_button("What we read", palette().accent), std::string(card.id) + ".details"))
            show_details = true;
        ImGui::PopStyleVar();
    }
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopID();
}

bool three_fields(float inner_width, float s) { return inner_width >= kThreeFieldMinWidth * s; }

float details_card_height(bool wide, const Fonts& fonts, float s) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float frame = ImGui::GetFrameHeight();
    const float label_row = fonts.label->FontSize + spacing;
    const float title_row = frame + spacing;
    const float fields = wide ? frame + spacing : 3 * (frame + spacing) + 2 * label_row;
    return 2 * kCardPadding * s + title_row + fields + fonts.small->FontSize;
}

void field_label(const char* text, const Fonts& fonts) {
    ImGui::PushFont(fonts.label);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void draw_details_card(Inputs& in, const StartScreenContext& ctx, float width, const Fonts& fonts, float s,
                       StartScreenRequests& req) {
    const float inner = width - 2 * kCardPadding * s;
    const bool wide = three_fields(inner, s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kCardPadding * s, kCardPadding * s));
    ImGui::BeginChild("details", ImVec2(width, details_card_height(wide, fonts, s)), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    const float gap = kGap * s;
    const float company_w = wide ? (inner - 2 * gap) * 0.27f : inner;
    const float role_w = wide ? (inner - 2 * gap) * 0.33f : inner;
    const float news_w = wide ? inner - company_w - role_w - 2 * gap : inner;
    const float x0 = ImGui::GetCursorStartPos().x;
    card_title(3, "Company", fonts, s);
    if (wide) {
        ImGui::SameLine(x0 + company_w + gap);
        field_label("Role", fonts);
        ImGui::SameLine(x0 + company_w + role_w + 2 * gap);
        field_label("Recent company news (optional)", fonts);
    }
    const std::vector<std::string> none;
    const JobSummary* job = ctx.job && ctx.job->ok ? ctx.job : nullptr;
    const std::string company_hint = job && !job->company.empty() ? job->company + " (from the job)" : "e.g. Stripe";
    const std::string role_hint = job && !job->title.empty() ? job->title + " (from the job)"
                                                             : "e.g. Senior Backend Engineer";
    if (typeahead_field("##company", in.company, company_hint.c_str(), company_w, ctx.companies ? *ctx.companies : none,
                        s)) {
        req.inputs_changed = true;
        req.company_edited = true;
    }
    hook::item("company");
    if (wide) {
        ImGui::SameLine(0, gap);
    } else {
        field_label("Role", fonts);
    }
    if (typeahead_field("##role", in.role, role_hint.c_str(), role_w, ctx.roles ? *ctx.roles : none, s)) {
        req.inputs_changed = true;
        req.role_edited = true;
    }
    hook::item("role");
    if (wide) {
        ImGui::SameLine(0, gap);
    } else {
        field_label("Recent company news (optional)", fonts);
    }
    if (text_field("##news", in.news, "e.g. just launched a new payments API in Europe", news_w))
        req.inputs_changed = true;
    hook::item("news");

    ImGui::PushFont(fonts.small);
    muted_text(
        "Filled in from the job description; change them if they are wrong. News goes into \u201cwhy this "
        "company\u201d.");
    ImGui::PopFont();
    ImGui::EndChild();
}

// A modal asking to confirm; returns 1 on confirm, -1 on cancel, 0 while open
// or closed.
int confirm_modal(const char* id, const char* title, const char* text, const char* confirm, bool danger,
                  const Fonts& fonts, float s) {
    const Palette& p = palette();
    int result = 0;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(460 * s, vp->Size.x - 32 * s), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 20 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, s);
    if (ImGui::BeginPopupModal(id, nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushFont(fonts.brand);
        ImGui::TextWrapped("%s", title);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
        ImGui::TextWrapped("%s", text);
        ImGui::PopStyleColor();
        ImGui::Dummy(ImVec2(0, 10 * s));
        ImGui::PushFont(fonts.label);
        if (danger) {
            ImGui::PushStyleColor(ImGuiCol_Button, p.danger);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, with_alpha(p.danger, 220));
            ImGui::PushStyleColor(ImGuiCol_ButtonActive, with_alpha(p.danger, 190));
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18 * s, 11 * s));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
            if (hook::control(ImGui::Button(confirm), std::string(id) + ".confirm")) result = 1;
            ImGui::PopStyleVar(2);
            ImGui::PopStyleColor(4);
        } else if (hook::control(primary_button(confirm, s), std::string(id) + ".confirm")) {
            result = 1;
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3 * s);
        if (hook::control(soft_button("Cancel", s), std::string(id) + ".cancel") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
            result = -1;
        ImGui::PopFont();
        if (result != 0) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(3);
    return result;
}

// "What we read from your resume": the reader's findings, to check before
// generating.
void resume_details_modal(const ResumeSummary* read, const Fonts& fonts, float s) {
    const Palette& p = palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560 * s, vp->Size.x - 32 * s), std::min(600 * s, vp->Size.y - 48 * s)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 20 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, s);
    if (ImGui::BeginPopupModal("What we read", nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushFont(fonts.brand);
        ImGui::TextUnformatted("What we read from your resume");
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
        ImGui::PushFont(fonts.small);
        ImGui::TextWrapped("Something wrong or missing? Close this and fix the text: the summary updates as you type.");
        ImGui::PopFont();
        ImGui::PopStyleColor();
        ImGui::Dummy(ImVec2(0, 6 * s));
        const float close_h = ImGui::GetFrameHeight() + 24 * s;
        ImGui::BeginChild("read", ImVec2(0, -close_h), false);
        if (read) {
            auto label = [&](const char* text) {
                ImGui::Dummy(ImVec2(0, 6 * s));
                ImGui::PushFont(fonts.small);
                ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
                ImGui::TextUnformatted(text);
                ImGui::PopStyleColor();
                ImGui::PopFont();
            };
            label("NAME");
            ImGui::PushFont(fonts.label);
            ImGui::TextWrapped("%s", read->name.empty() ? "(none found)" : read->name.c_str());
            ImGui::PopFont();
            if (!read->headline.empty()) ImGui::TextWrapped("%s", read->headline.c_str());
            label("POSITIONS");
            if (read->positions.empty()) ImGui::TextWrapped("(none found: check that each job has a title and dates)");
            for (const auto& pos : read->positions) ImGui::TextWrapped("%s", pos.c_str());
            label("SKILLS FOUND");
            if (read->skills.empty()) {
                ImGui::TextWrapped("(none)");
            } else {
                chip_row(read->skills, p.accent, p.accent_soft, fonts.small, s,
                         ImGui::GetContentRegionAvail().x - 8 * s);
            }
            if (!read->warnings.empty()) {
                label("NOTES FROM THE READER");
                for (const auto& w : read->warnings) ImGui::TextWrapped("%s", w.c_str());
            }
        }
        ImGui::EndChild();
        ImGui::Dummy(ImVec2(0, 8 * s));
        ImGui::PushFont(fonts.label);
        if (hook::control(primary_button("Close", s), "details.close") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
            ImGui::CloseCurrentPopup();
        ImGui::PopFont();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(3);
}

// While a file is dragged over the page: which input it will go to.
void draw_drop_targets(const StartScreenContext& ctx, const ImVec2 (&resume)[2], const ImVec2 (&job)[2],
                       const Fonts& fonts, float s) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    draw->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y), with_alpha(p.page, 150));
    const bool over_job = ctx.drag_x >= job[0].x && ctx.drag_x <= job[1].x && ctx.drag_y >= job[0].y &&
                          ctx.drag_y <= job[1].y;
    const ImVec2* target = over_job ? job : resume;
    draw->AddRectFilled(target[0], target[1], with_alpha(p.accent_soft, 235), 10 * s);
    draw->AddRect(target[0], target[1], p.accent, 10 * s, 0, 3 * s);
    const char* text = over_job ? "Drop to use as the job description" : "Drop to use as your resume";
    const ImVec2 size = fonts.brand->CalcTextSizeA(fonts.brand->FontSize, FLT_MAX, 0, text);
    const ImVec2 c((target[0].x + target[1].x) / 2, (target[0].y + target[1].y) / 2);
    draw->AddText(fonts.brand, fonts.brand->FontSize, ImVec2(c.x - size.x / 2, c.y - size.y / 2), p.accent, text);
}

}  // namespace

StartScreenRequests draw_start_screen(Inputs& in, const StartScreenContext& ctx, const Fonts& fonts, float s,
                                      StartScreenLayout& layout) {
    StartScreenRequests req;
    const Palette& p = palette();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("start", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);

    draw_header(fonts, s, ctx.logo);

    const float gap = kGap * s;
    const float window_w = ImGui::GetWindowContentRegionMax().x;  // excludes a visible scrollbar
    const float content_w = std::min(window_w - 2 * 24 * s, kMaxContentWidth * s);
    const float left = std::max(24 * s, (window_w - content_w) / 2);
    const bool narrow = content_w < kTwoColumnMinWidth * s;

    ImGui::SetCursorPos(ImVec2(left, kHeaderHeight * s + 24 * s));
    ImGui::PushFont(fonts.headline);
    ImGui::TextUnformatted("Your interview, prepared.");
    ImGui::PopFont();
    ImGui::SetCursorPosX(left);
    ImGui::PushTextWrapPos(left + std::min(content_w, 720 * s));
    muted_text(narrow ? "Paste or drop your resume and the job description. Your playbook is written right here, "
                        "in your browser."
                      : "Paste your resume and the job description, or drop the files anywhere on this page. Your "
                        "playbook is written right here in your browser: fit, stories, likely questions and what to "
                        "ask them, all from your own experience.",
               true);
    ImGui::PopTextWrapPos();
    bool ask_example = false;
    if (narrow) {
        // On a phone the footer is below the fold: the example comes first.
        ImGui::SetCursorPosX(left);
        ImGui::PushFont(fonts.label);
        if (hook::control(soft_button("New here? Try an example", s), "example")) ask_example = true;
        ImGui::PopFont();
        // The header has no room for the privacy promise here.
        ImGui::SetCursorPosX(left);
        ImGui::PushFont(fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, p.positive_text);
        ImGui::TextUnformatted("Private: nothing you enter leaves this device.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }

    // Blocks are placed from the bottom up: the footer on the window's lower
    // edge, company and role above it, the text cards taking what is left.
    // On a short window they keep their minimum size and the page scrolls.
    const bool two_columns = !narrow;
    const float cards_top = ImGui::GetCursorPosY() + gap;
    ImGui::PushFont(fonts.label);
    const float primary_h = ImGui::GetFontSize() + 22 * s;
    ImGui::PopFont();
    const float footer_h = narrow
                               ? primary_h + gap / 2 + ImGui::GetFrameHeight() + gap / 2 + fonts.small->FontSize * 2.6f
                               : primary_h;
    const float details_h = details_card_height(three_fields(content_w - 2 * kCardPadding * s, s), fonts, s);
    ImGui::PushFont(fonts.small);
    const float error_h = ctx.error.empty()
                              ? 0
                              : ImGui::CalcTextSize(ctx.error.c_str(), nullptr, false, content_w - 40 * s).y +
                                    ImGui::GetTextLineHeight() + 30 * s + gap / 2;
    ImGui::PopFont();
    const float bottom_margin = 16 * s;
    const float cards_room = ImGui::GetWindowHeight() - cards_top - gap - details_h - gap / 2 - error_h - footer_h -
                             bottom_margin;

    const TextCard resume_card{1, "Your resume", "resume",
                               "Paste your resume here (Ctrl+V), drop a file on the page, or open a .txt, .md, "
                               ".docx, .pdf or JSON Resume file."};
    const TextCard job_card{2, "The job", "job",
                            "Paste the full job description: the role, the responsibilities, the requirements."};
    const StatusLine resume_line = resume_status(in.resume, in.resume_filename, ctx.resume);
    const StatusLine job_line = job_status(in.job, in.job_filename, ctx.job);
    bool show_details = false;
    bool unused_details = false;
    ImVec2 resume_rect[2], job_rect[2];
    float cards_bottom;
    if (two_columns) {
        const float card_w = (content_w - gap) / 2;
        const float card_h = std::max(cards_room, kMinCardHeight * s);
        ImGui::SetCursorPos(ImVec2(left, cards_top));
        draw_text_card(resume_card, in.resume, in.resume_filename, resume_line, ImVec2(card_w, card_h), fonts, s, req,
                       req.open_resume_file, req.resume_edited, show_details);
        resume_rect[0] = ImGui::GetItemRectMin();
        resume_rect[1] = ImGui::GetItemRectMax();
        ImGui::SetCursorPos(ImVec2(left + card_w + gap, cards_top));
        draw_text_card(job_card, in.job, in.job_filename, job_line, ImVec2(card_w, card_h), fonts, s, req,
                       req.open_job_file, req.job_edited, unused_details);
        job_rect[0] = ImGui::GetItemRectMin();
        job_rect[1] = ImGui::GetItemRectMax();
        cards_bottom = cards_top + card_h;
    } else {
        const float card_h = std::max((cards_room - gap) / 2, kMinStackedCardHeight * s);
        ImGui::SetCursorPos(ImVec2(left, cards_top));
        draw_text_card(resume_card, in.resume, in.resume_filename, resume_line, ImVec2(content_w, card_h), fonts, s,
                       req, req.open_resume_file, req.resume_edited, show_details);
        resume_rect[0] = ImGui::GetItemRectMin();
        resume_rect[1] = ImGui::GetItemRectMax();
        ImGui::SetCursorPos(ImVec2(left, cards_top + card_h + gap));
        draw_text_card(job_card, in.job, in.job_filename, job_line, ImVec2(content_w, card_h), fonts, s, req,
                       req.open_job_file, req.job_edited, unused_details);
        job_rect[0] = ImGui::GetItemRectMin();
        job_rect[1] = ImGui::GetItemRectMax();
        cards_bottom = cards_top + 2 * card_h + gap;
    }
    layout = {job_rect[0].x, job_rect[0].y, job_rect[1].x, job_rect[1].y};

    ImGui::SetCursorPos(ImVec2(left, cards_bottom + gap));
    draw_details_card(in, ctx, content_w, fonts, s, req);
    float y = cards_bottom + gap + details_h + gap / 2;

    if (!ctx.error.empty()) {
        ImGui::SetCursorPos(ImVec2(left, y));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + content_w, at.y + error_h - gap / 2), p.danger_soft, 8 * s);
        draw->AddRectFilled(at, ImVec2(at.x + 4 * s, at.y + error_h - gap / 2), p.danger, 2 * s);
        ImGui::SetCursorPos(ImVec2(left + 20 * s, y + 12 * s));
        ImGui::PushFont(fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, p.danger);
        ImGui::TextUnformatted("The playbook could not be written. Your inputs are saved.");
        ImGui::PopStyleColor();
        ImGui::SetCursorPosX(left + 20 * s);
        ImGui::PushTextWrapPos(left + content_w - 20 * s);
        ImGui::TextWrapped("%s", ctx.error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        y += error_h;
    }

    // The footer: secondary actions on the left, the main one on the right.
    const char* build_label = ctx.has_playbook ? "Update my playbook \u2192" : "Build my playbook \u2192";
    ImGui::PushFont(fonts.label);
    const float build_w = narrow ? content_w : button_width(build_label, s) + 12 * s;
    const float back_w = ctx.has_playbook ? button_width("Back to my playbook", s) + gap / 2 : 0;
    ImGui::PopFont();
    bool ask_forget = false;
    if (narrow) {
        ImGui::SetCursorPos(ImVec2(left, y));
        ImGui::PushFont(fonts.label);
        ImGui::BeginDisabled(ctx.generating);
        if (hook::control(primary_button(build_label, s, build_w), "generate")) req.generate = true;
        ImGui::EndDisabled();
        ImGui::PopFont();
        y += primary_h + gap / 2;
        ImGui::SetCursorPos(ImVec2(left, y));
        ImGui::PushFont(fonts.small);
        if (ctx.has_playbook) {
            if (hook::control(soft_button("Back to my playbook", s), "back")) req.back_to_playbook = true;
            ImGui::SameLine();
        }
        if (hook::control(link_button("Forget everything", p.muted), "forget")) ask_forget = true;
        ImGui::SetCursorPosX(left);
        ImGui::PushTextWrapPos(left + content_w);
        muted_text(ctx.notice.empty() ? "Saved in this browser only, so a reload keeps your work." : ctx.notice.c_str(),
                   true);
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    } else {
        ImGui::SetCursorPos(ImVec2(left + content_w - build_w, y));
        ImGui::PushFont(fonts.label);
        ImGui::BeginDisabled(ctx.generating);
        if (hook::control(primary_button(build_label, s, build_w), "generate")) req.generate = true;
        ImGui::EndDisabled();
        if (ctx.has_playbook) {
            ImGui::SetCursorPos(
                ImVec2(left + content_w - build_w - back_w, y + (primary_h - ImGui::GetFrameHeight()) / 2));
            if (hook::control(soft_button("Back to my playbook", s), "back")) req.back_to_playbook = true;
        }
        ImGui::PopFont();
        ImGui::PushFont(fonts.small);
        const float row_y = y + (primary_h - ImGui::GetFrameHeight()) / 2;
        ImGui::SetCursorPos(ImVec2(left, row_y));
        if (hook::control(soft_button("Try an example", s), "example")) ask_example = true;
        ImGui::SameLine();
        if (hook::control(link_button("Forget everything", p.muted), "forget")) ask_forget = true;
        ImGui::SameLine(0, gap);
        ImGui::SetCursorPosY(row_y + ImGui::GetStyle().FramePadding.y);
        ImGui::PushTextWrapPos(left + content_w - build_w - back_w - gap);
        muted_text(ctx.notice.empty() ? "Saved in this browser only, so a reload keeps your work." : ctx.notice.c_str(),
                   true);
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    }
    // The page ends a margin below the footer: no scrollbar when it all fits.
    if (!narrow) ImGui::SetCursorPos(ImVec2(left, y + primary_h));
    ImGui::Dummy(ImVec2(0, bottom_margin));

    if (show_details) ImGui::OpenPopup("What we read");
    resume_details_modal(ctx.resume, fonts, s);

    const bool has_inputs = !trim(in.resume).empty() || !trim(in.job).empty();
    if (ask_example) {
        if (has_inputs) {
            ImGui::OpenPopup("Replace with the example?");
        } else {
            req.try_example = true;
        }
    }
    if (confirm_modal("Replace with the example?", "Replace what you entered with the example?",
                      "The example resume and job description take the place of yours. Your own text is not kept.",
                      "Use the example", false, fonts, s) == 1)
        req.try_example = true;
    if (ask_forget) ImGui::OpenPopup("Forget everything?");
    if (confirm_modal("Forget everything?", "Forget everything?",
                      "This deletes your resume, the job description, your answers and the offline copy of the app "
                      "from this browser. Nothing was ever stored anywhere else.",
                      "Forget everything", true, fonts, s) == 1)
        req.forget_everything = true;

    if (ctx.drag_active) draw_drop_targets(ctx, resume_rect, job_rect, fonts, s);
    ImGui::End();
    return req;
}

}  // namespace ip::app
