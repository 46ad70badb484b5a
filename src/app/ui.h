// What every part of the playbook screen draws with: the fonts and scale,
// the clock, the user's answers, and the view's memory between frames
// (current section, open cards, the blank being edited, the practice timer).
#pragma once
#include <imgui.h>

#include <set>
#include <string>
#include <vector>

#include "app/fill_answers.h"
#include "app/fonts.h"
#include "app/hidden_parts.h"
#include "model/export_format.h"

namespace ip::app {

struct ViewState {
    int section = 0;         // 0..9, the ten sections
    bool a4 = false;         // paper for PDF and PNG exports; set from the browser's language at start
    HiddenParts hidden;      // what the embedding site hides
    bool menu_open = false;  // the phone's section menu
    bool scroll_to_top = false;
    std::set<std::string> open_cards;  // expanded question cards and follow-up lists, by id
    std::string question_filter;       // a question category, or "" for all

    // The blank being answered: which paragraph (its ImGui id), which blank.
    ImGuiID editing_owner = 0;
    std::string editing_scope;
    std::string editing_prompt;
    std::string edit_buffer;
    bool edit_needs_focus = false;

    // The practice timer runs on one story at a time.
    std::string timer_story;
    double timer_started_ms = 0;

    // "Copied" feedback on the button that copied.
    std::string copied_id;
    double copied_at_ms = 0;
};

// An export a section or the export menu asks for; carried out after the
// frame: a file to download, a document to print (the HTML report or
// handout, with their print CSS), or one section copied as Markdown.
struct ExportRequest {
    enum class Action : uint8_t { None, Download, Print, CopySection };
    Action action = Action::None;
    ExportFormat format = ExportFormat::ReportHtml;
    int section = 0;  // CopySection: 1..10
    bool pending() const { return action != Action::None; }
};

struct Ui {
    const Fonts& fonts;
    float s;  // CSS px -> backing px
    double now_ms;
    bool phone;  // narrow layout
    FillAnswers& answers;
    ViewState& view;

    bool answers_changed = false;
    double wake_in_ms = -1;  // a timer or feedback wants a frame this soon
    ExportRequest export_request;
    int goto_section = -1;

    // The width text wraps at, for the column being drawn (a stack: cards
    // and columns narrow it).
    std::vector<float> widths;
    float width() const { return widths.empty() ? ImGui::GetContentRegionAvail().x : widths.back(); }
    float px(float css) const { return css * s; }

    void wake_in(double ms) {
        if (wake_in_ms < 0 || ms < wake_in_ms) wake_in_ms = ms;
    }
};

}  // namespace ip::app
