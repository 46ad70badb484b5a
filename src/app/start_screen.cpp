#include "app/start_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/theme.h"
#include "app/widgets.h"

namespace ip::app {

namespace {

// Layout in CSS pixels; multiplied by the UI scale where used.
constexpr float kHeaderHeight = 60;
constexpr float kMaxContentWidth = 1160;
constexpr float kTwoColumnMinWidth = 640;  // below it, the text cards stack
constexpr float kTwoFieldMinWidth = 520;   // below it, company and role stack
constexpr float kGap = 20;
constexpr float kCardPadding = 16;
constexpr float kMinCardHeight = 260;       // side by side
constexpr float kMinStackedCardHeight = 150;  // stacked, so a phone needs no scrolling

void draw_header(const Fonts& fonts, float s) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    const float height = kHeaderHeight * s;
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface);
    draw->AddLine(ImVec2(origin.x, origin.y + height - s), ImVec2(origin.x + width, origin.y + height - s), p.border,
                  s);

    // The mark: a page with three lines of text (favicon.svg draws the same).
    const float margin = 24 * s;
    const float mark = 28 * s;
    const ImVec2 m0(origin.x + margin, origin.y + (height - mark) / 2);
    draw->AddRectFilled(m0, ImVec2(m0.x + mark, m0.y + mark), p.accent, 7 * s);
    for (int i = 0; i < 3; ++i) {
        const float y = m0.y + (9 + 5 * i) * s;
        const float right = m0.x + (i == 2 ? 16 : 20) * s;
        draw->AddLine(ImVec2(m0.x + 8 * s, y), ImVec2(right, y), p.surface, 2 * s);
    }
    const float name_y = origin.y + (height - fonts.brand->FontSize) / 2;
    draw->AddText(fonts.brand, fonts.brand->FontSize, ImVec2(m0.x + mark + 12 * s, name_y), p.text,
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

struct TextCard {
    int step;
    const char* title;
    const char* id;
    const char* placeholder;
    const char* empty_hint;
};

// One big input: title row with actions, the text area, and a status line.
void draw_text_card(const TextCard& card, std::string& text, std::string& filename, ImVec2 size,
                    const Fonts& fonts, float s, StartScreenRequests& req, bool& open_file) {
    ImGui::PushID(card.id);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kCardPadding * s, kCardPadding * s));
    ImGui::BeginChild("card", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    card_title(card.step, card.title, fonts, s);
    ImGui::PushFont(fonts.label);
    const char* open_label = "Open file…";
    const float button_pad = 2 * 12 * s;
    const float open_w = ImGui::CalcTextSize(open_label).x + button_pad;
    const float clear_w = ImGui::CalcTextSize("Clear").x + button_pad;
    const float actions_w = open_w + (text.empty() ? 0 : clear_w + ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - actions_w);
    if (soft_button(open_label, s)) open_file = true;
    if (!text.empty()) {
        ImGui::SameLine();
        if (soft_button("Clear", s)) {
            text.clear();
            filename.clear();
            req.inputs_changed = true;
        }
    }
    ImGui::PopFont();

    // The line under the text area: a hint while empty, then the word count.
    char status[200];
    const int words = word_count(text);
    std::snprintf(status, sizeof status, "%d word%s%s%s", words, words == 1 ? "" : "s",
                  filename.empty() ? "" : ", from ", filename.c_str());
    const char* status_line = text.empty() ? card.empty_hint : status;
    ImGui::PushFont(fonts.small);
    const float status_h = ImGui::CalcTextSize(status_line, nullptr, false, ImGui::GetContentRegionAvail().x).y +
                           ImGui::GetStyle().ItemSpacing.y;
    ImGui::PopFont();

    const ImVec2 area(-FLT_MIN, std::max(ImGui::GetContentRegionAvail().y - status_h, 60 * s));
    if (text_area("##text", text, card.placeholder, area, s)) req.inputs_changed = true;

    ImGui::PushFont(fonts.small);
    muted_text(status_line, true);
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopID();
}

float company_role_card_height(bool stacked, const Fonts& fonts, float s) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float field_row = ImGui::GetFrameHeight() + spacing;
    const float title_row = ImGui::GetFrameHeight() + spacing;  // card_title is as tall as a frame
    const float label_row = fonts.label->FontSize + spacing;    // "Role" above its field when stacked
    const float fields = stacked ? field_row + label_row + field_row : field_row;
    return 2 * kCardPadding * s + title_row + fields + fonts.small->FontSize;
}

void draw_company_role_card(Inputs& in, float width, bool stacked, const Fonts& fonts, float s,
                            StartScreenRequests& req) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kCardPadding * s, kCardPadding * s));
    ImGui::BeginChild("company_role", ImVec2(width, company_role_card_height(stacked, fonts, s)), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    const float gap = kGap * s;
    const float inner = ImGui::GetContentRegionAvail().x;
    const float field_w = stacked ? inner : (inner - gap) / 2;
    card_title(3, "Company", fonts, s);
    if (!stacked) {
        ImGui::SameLine(ImGui::GetCursorStartPos().x + field_w + gap);
        ImGui::PushFont(fonts.label);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Role");
        ImGui::PopFont();
    }
    if (text_field("##company", in.company, "e.g. Stripe", field_w)) req.inputs_changed = true;
    if (stacked) {
        ImGui::PushFont(fonts.label);
        ImGui::TextUnformatted("Role");
        ImGui::PopFont();
    } else {
        ImGui::SameLine(0, gap);
    }
    if (text_field("##role", in.role, "e.g. Senior Backend Engineer", field_w)) req.inputs_changed = true;

    ImGui::PushFont(fonts.small);
    muted_text("Optional. Left empty, both are read from the job description.");
    ImGui::PopFont();
    ImGui::EndChild();
}

}  // namespace

StartScreenRequests draw_start_screen(Inputs& in, const std::string& notice, const Fonts& fonts, float s) {
    StartScreenRequests req;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("start", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);

    draw_header(fonts, s);

    const float gap = kGap * s;
    const float window_w = ImGui::GetWindowContentRegionMax().x;  // excludes a visible scrollbar
    const float content_w = std::min(window_w - 2 * 24 * s, kMaxContentWidth * s);
    const float left = std::max(24 * s, (window_w - content_w) / 2);

    ImGui::SetCursorPos(ImVec2(left, kHeaderHeight * s + 24 * s));
    ImGui::PushFont(fonts.headline);
    ImGui::TextUnformatted("Your interview, prepared.");
    ImGui::PopFont();
    ImGui::SetCursorPosX(left);
    ImGui::PushTextWrapPos(left + std::min(content_w, 720 * s));
    muted_text(
        "Paste your resume and the job description. Your playbook is written right here in your browser: "
        "fit, stories, likely questions and what to ask them, all from your own experience.",
        true);
    ImGui::PopTextWrapPos();

    // Blocks are placed from the bottom up: the footer on the window's lower
    // edge, company and role above it, the text cards taking what is left.
    // On a short window they keep their minimum size and the page scrolls.
    const bool two_columns = content_w >= kTwoColumnMinWidth * s;
    const bool stacked_fields = content_w < kTwoFieldMinWidth * s;
    const float cards_top = ImGui::GetCursorPosY() + gap;
    // The footer says where the inputs live and offers to remove them.
    const char* footer_text = notice.empty() ? "Saved in this browser only, so a reload keeps your work."
                                             : notice.c_str();
    ImGui::PushFont(fonts.small);
    const float clear_w = ImGui::CalcTextSize("Clear all").x + 2 * 12 * s;
    const float footer_text_w = content_w - clear_w - gap;
    const float footer_h = std::max(ImGui::GetFrameHeight(),
                                    ImGui::CalcTextSize(footer_text, nullptr, false, footer_text_w).y +
                                        2 * ImGui::GetStyle().FramePadding.y);
    ImGui::PopFont();
    const float company_h = company_role_card_height(stacked_fields, fonts, s);
    const float bottom_margin = 16 * s;
    const float cards_room = ImGui::GetWindowHeight() - cards_top - gap - company_h - gap / 2 - footer_h -
                             bottom_margin;

    const TextCard resume_card{1, "Your resume", "resume", "Paste your resume here (Ctrl+V), or open a .txt or .md file.",
                               "Plain text works best: every line as it appears on the page."};
    const TextCard job_card{2, "The job", "job",
                            "Paste the full job description: the role, the responsibilities, the requirements.",
                            "Include the company's own words; your playbook mirrors them."};
    float cards_bottom;
    if (two_columns) {
        const float card_w = (content_w - gap) / 2;
        const float card_h = std::max(cards_room, kMinCardHeight * s);
        ImGui::SetCursorPos(ImVec2(left, cards_top));
        draw_text_card(resume_card, in.resume, in.resume_filename, ImVec2(card_w, card_h), fonts, s, req,
                       req.open_resume_file);
        ImGui::SetCursorPos(ImVec2(left + card_w + gap, cards_top));
        draw_text_card(job_card, in.job, in.job_filename, ImVec2(card_w, card_h), fonts, s, req, req.open_job_file);
        cards_bottom = cards_top + card_h;
    } else {
        const float card_h = std::max((cards_room - gap) / 2, kMinStackedCardHeight * s);
        ImGui::SetCursorPos(ImVec2(left, cards_top));
        draw_text_card(resume_card, in.resume, in.resume_filename, ImVec2(content_w, card_h), fonts, s, req,
                       req.open_resume_file);
        ImGui::SetCursorPos(ImVec2(left, cards_top + card_h + gap));
        draw_text_card(job_card, in.job, in.job_filename, ImVec2(content_w, card_h), fonts, s, req,
                       req.open_job_file);
        cards_bottom = cards_top + 2 * card_h + gap;
    }

    ImGui::SetCursorPos(ImVec2(left, cards_bottom + gap));
    draw_company_role_card(in, content_w, stacked_fields, fonts, s, req);

    const float footer_top = cards_bottom + gap + company_h + gap / 2;
    ImGui::PushFont(fonts.small);
    ImGui::SetCursorPos(ImVec2(left + content_w - clear_w, footer_top));
    if (soft_button("Clear all", s)) req.clear_all = true;
    ImGui::SetCursorPos(ImVec2(left, footer_top + ImGui::GetStyle().FramePadding.y));
    ImGui::PushTextWrapPos(left + footer_text_w);
    muted_text(footer_text, true);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, bottom_margin - ImGui::GetStyle().ItemSpacing.y));

    ImGui::End();
    return req;
}

}  // namespace ip::app
