// Sections 9 (the 30/60/90-day handout) and 10 (the interview-day cheat
// sheet), and the dispatch over all ten sections.
#include <string>

#include "app/playbook_parts.h"
#include "app/sections.h"
#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/wording.h"

namespace ip::app {

namespace {

void cheat_block(Ui& ui, const std::string& title) {
    gap(ui, 6);
    wrapped_text(title, ui.fonts.label, palette().accent, ui.width());
    gap(ui, 2);
}

template <typename T>
std::vector<T> first_n(const std::vector<T>& items, size_t n) {
    return std::vector<T>(items.begin(), items.begin() + static_cast<long>(std::min(n, items.size())));
}

std::string cheat_sheet_text(const Playbook& doc, const FillAnswers& answers, const HiddenParts& hidden) {
    const CheatSheet& c = doc.cheat_sheet;
    std::string out = "Interview-day cheat sheet\n";
    if (!hidden.hides(Part::Pitch))
        out += "\nYour pitch\n" + plain_text(rich_blank(c.pitch) ? doc.pitch.thirty_second : c.pitch, {}, answers) +
               "\n";
    if (!hidden.hides(Part::Stories)) {
        out += "\nStory bank\n";
        for (const auto& entry : c.story_bank)
            if (const Story* s = find_story(doc, entry.story)) out += "- " + s->title + " -> " + entry.question + "\n";
    }
    if (!hidden.hides(Part::Fit)) {
        out += "\nSelling points\n";
        for (const auto& r : first_n(c.selling_points, 5)) out += "- " + plain_text(r, {}, answers) + "\n";
    }
    if (!hidden.hides(Part::GapScripts))
        out += "\nIf they ask about your gap\n" + plain_text(c.gap_answer, {}, answers) + "\n";
    if (!hidden.hides(Part::Company)) {
        out += "\nKnow about " + company_name(doc) + "\n";
        for (const auto& r : first_n(c.company_facts, 5)) out += "- " + plain_text(r, {}, answers) + "\n";
    }
    if (!hidden.hides(Part::QuestionsToAsk)) {
        out += "\nQuestions to ask\n";
        for (const auto& q : first_n(c.questions_to_ask, 4)) out += "- " + q + "\n";
    }
    if (!c.remember.empty()) {
        out += "\nRemember\n";
        for (const auto& r : first_n(c.remember, 5)) out += "- " + r + "\n";
    }
    return out;
}

}  // namespace

void empty_note(Ui& ui, const char* text) {
    wrapped_text(text, ui.fonts.body, palette().muted, ui.width());
    gap(ui, 6);
}

void draw_handout(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    section_header(ui, 9);
    wrapped_text(
        "A short plan for your first three months shows how you think without promising what you cannot "
        "yet know. Print it and bring it to the interview, or offer to send it afterwards. Fill in the "
        "blanks first: your answers go into the handout.",
        ui.fonts.body, p.text, ui.width());
    gap(ui, 10);
    if (hook::control(primary_button("Download the printable handout", ui.s), "handout-html"))
        ui.export_request = {ExportRequest::Action::Download, ExportFormat::HandoutHtml, 0};
    if (!ui.phone) ImGui::SameLine();
    if (hook::control(soft_button("As a PDF", ui.s), "handout-pdf"))
        ui.export_request = {ExportRequest::Action::Download, ExportFormat::HandoutPdf, 0};
    if (!ui.phone) ImGui::SameLine();
    if (hook::control(soft_button("As an image (PNG)", ui.s), "handout-png"))
        ui.export_request = {ExportRequest::Action::Download, ExportFormat::HandoutPng, 0};
    if (!ui.phone) ImGui::SameLine();
    if (hook::control(soft_button("Print it", ui.s), "handout-print"))
        ui.export_request = {ExportRequest::Action::Print, ExportFormat::HandoutHtml, 0};
    gap(ui, 14);

    const PlanPhase* phases[] = {&doc.plan.days_30, &doc.plan.days_60, &doc.plan.days_90};
    Columns cols(ui, 3, 230, 14);
    for (int i = 0; i < 3; ++i) {
        cols.next();
        const PlanPhaseLabels& labels = plan_phase_labels()[static_cast<size_t>(i)];
        const PlanPhase& phase = *phases[i];
        ImGui::PushID(i);
        Card card(ui, ui.width(), 16);
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
        ImGui::TextUnformatted(labels.days);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        wrapped_text(labels.theme, ui.fonts.title, p.text, ui.width());
        gap(ui, 4);
        block_label(ui, labels.focus);
        if (phase.focus.empty()) {
            rich_text(ui, "focus-blank", Rich{{labels.focus_prompt, SpanKind::Fill}}, {});
        } else {
            rich_bullets(ui, "focus", phase.focus);
        }
        const std::vector<Rich>& second = plan_phase_second(phase, i);
        if (!second.empty()) {
            block_label(ui, labels.second);
            rich_bullets(ui, "second", second);
        }
        if (!phase.milestone.empty()) {
            block_label(ui, "Milestone");
            rich_bullets(ui, "milestone", phase.milestone);
        }
        ImGui::PopID();
    }
}

void draw_cheat_sheet(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    const CheatSheet& c = doc.cheat_sheet;
    section_header(ui, 10);
    const HiddenParts& hidden = ui.view.hidden;
    copy_button(ui, "cheat-sheet", cheat_sheet_text(doc, ui.answers, hidden), "Copy the cheat sheet as text");
    gap(ui, 8);
    Card card(ui, ui.width(), 20);
    Columns cols(ui, 2, 280, 28);
    cols.next();
    if (!hidden.hides(Part::Pitch)) {
        cheat_block(ui, "Your pitch");
        const Rich& pitch = rich_blank(c.pitch) ? doc.pitch.thirty_second : c.pitch;
        paragraph(ui, "pitch", rich_blank(pitch) ? Rich{{"your pitch in three sentences", SpanKind::Fill}} : pitch);
    }
    if (!hidden.hides(Part::Stories)) {
        cheat_block(ui, "Story bank");
        std::vector<std::string> bank;
        for (const auto& entry : c.story_bank) {
            const Story* s = find_story(doc, entry.story);
            if (!s || bank.size() == 8) continue;
            bank.push_back(s->title + (trim(entry.question).empty() ? "" : " \u2192 " + entry.question));
        }
        if (bank.empty()) empty_note(ui, "No stories yet.");
        text_bullets(ui, bank, ui.fonts.small);
    }
    if (!hidden.hides(Part::Fit)) {
        cheat_block(ui, "Your top selling points");
        if (c.selling_points.empty()) empty_note(ui, "None yet.");
        rich_bullets(ui, "selling", first_n(c.selling_points, 5));
    }
    if (!hidden.hides(Part::GapScripts)) {
        cheat_block(ui, "If they ask about your gap");
        paragraph(ui, "gap",
                  rich_blank(c.gap_answer) ? Rich{{"your honest one-line answer", SpanKind::Fill}} : c.gap_answer);
    }
    cols.next();
    if (!hidden.hides(Part::Company)) {
        cheat_block(ui, "Know about " + company_name(doc));
        if (c.company_facts.empty()) empty_note(ui, "Look up the company\u2019s values and recent news.");
        rich_bullets(ui, "facts", first_n(c.company_facts, 5));
    }
    if (!c.curveball.empty() && !hidden.hides(Part::Curveballs)) {
        cheat_block(ui, "If a curveball comes");
        text_bullets(ui, first_n(c.curveball, 4), ui.fonts.small);
    }
    if (!hidden.hides(Part::QuestionsToAsk)) {
        cheat_block(ui, "Questions to ask");
        if (c.questions_to_ask.empty()) empty_note(ui, "Pick two from section 8.");
        text_bullets(ui, first_n(c.questions_to_ask, 4), ui.fonts.small);
    }
    if (!c.remember.empty()) {
        cheat_block(ui, "Remember");
        text_bullets(ui, first_n(c.remember, 5), ui.fonts.small, p.text);
    }
}

void draw_section(Ui& ui, const Playbook& doc, int index) {
    switch (index) {
        case 0: draw_prep_starts_here(ui, doc); break;
        case 1: draw_where_you_stand(ui, doc); break;
        case 2: draw_what_they_want(ui, doc); break;
        case 3: draw_your_pitch(ui, doc); break;
        case 4: draw_stories(ui, doc); break;
        case 5: draw_questions(ui, doc); break;
        case 6: draw_scripts(ui, doc); break;
        case 7: draw_questions_to_ask(ui, doc); break;
        case 8: draw_handout(ui, doc); break;
        default: draw_cheat_sheet(ui, doc); break;
    }
}

}  // namespace ip::app
