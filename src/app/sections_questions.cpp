// Sections 6 (likely questions, as cards that expand), 7 (scripts for the
// hard moments) and 8 (questions to ask them).
#include <array>
#include <cstdio>

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

// The filter's order: behavioral first, the kind every playbook has most of.
constexpr std::array<QuestionCategory, 5> kCategories = {QuestionCategory::Behavioral, QuestionCategory::Coding,
                                                         QuestionCategory::SystemDesign, QuestionCategory::Operational,
                                                         QuestionCategory::RoleSpecific};

// Chevron pointing right (closed) or down (open).
void chevron(ImDrawList* draw, ImVec2 c, float size, bool open, ImU32 color) {
    const float h = size / 2;
    if (open) {
        draw->AddTriangleFilled(ImVec2(c.x - h, c.y - h / 2), ImVec2(c.x + h, c.y - h / 2), ImVec2(c.x, c.y + h / 2),
                                color);
    } else {
        draw->AddTriangleFilled(ImVec2(c.x - h / 2, c.y - h), ImVec2(c.x + h / 2, c.y), ImVec2(c.x - h / 2, c.y + h),
                                color);
    }
}

void category_filter(Ui& ui, const std::vector<Question>& qs) {
    const Palette& p = palette();
    std::vector<std::pair<std::string, std::string>> options = {{"", "All " + std::to_string(qs.size())}};
    for (const QuestionCategory c : kCategories) {
        size_t n = 0;
        for (const auto& q : qs) n += q.category == c;
        if (n > 0)
            options.push_back(
                {std::string(name_of(c)), std::string(question_category_label(c)) + " " + std::to_string(n)});
    }
    if (options.size() <= 2) return;
    const float left = ImGui::GetCursorScreenPos().x;
    float x = 0;
    ImGui::PushFont(ui.fonts.small);
    for (size_t i = 0; i < options.size(); ++i) {
        const bool on = ui.view.question_filter == options[i].first;
        const float w = button_width(options[i].second.c_str(), ui.s);
        if (i > 0) {
            if (x + ui.px(6) + w <= ui.width()) {
                ImGui::SameLine(0, ui.px(6));
                x += ui.px(6);
            } else {
                ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
                x = 0;
            }
        }
        ImGui::PushStyleColor(ImGuiCol_Button, on ? p.accent : p.accent_soft);
        ImGui::PushStyleColor(ImGuiCol_Text, on ? p.on_accent : p.accent);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.px(14));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.px(12), ui.px(5)));
        if (hook::control(ImGui::Button(options[i].second.c_str()), "filter:" + options[i].first))
            ui.view.question_filter = options[i].first;
        ImGui::PopStyleVar(3);
        ImGui::PopStyleColor(2);
        x += w;
    }
    ImGui::PopFont();
    gap(ui, 10);
}

void question_card(Ui& ui, const Playbook& doc, const Question& q, int number) {
    const Palette& p = palette();
    const std::string key = "question:" + q.id;
    const bool open = ui.view.open_cards.count(key) > 0;
    Card card(ui, ui.width(), 16, 0, open ? with_alpha(p.accent, 120) : 0);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float chevron_w = ui.px(22);
    ImGui::SetCursorScreenPos(ImVec2(top.x + chevron_w, top.y));
    ui.widths.push_back(ui.width() - chevron_w);
    ImGui::BeginGroup();
    chip(question_label(q), p.accent, p.accent_soft, ui.fonts.small, ui.s);
    const std::string source = question_source_label(q.source);
    if (!source.empty()) {
        ImGui::SameLine(0, ui.px(8));
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.px(3));
        ImGui::TextUnformatted(source.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    gap(ui, 2);
    Rich text{{"Q" + std::to_string(number) + ". ", SpanKind::Strong}};
    text.insert(text.end(), q.text.begin(), q.text.end());
    RichStyle style;
    style.font = ui.fonts.label;
    rich_text(ui, "text", text, {}, style);
    ImGui::EndGroup();
    ui.widths.pop_back();
    const ImVec2 bottom = ImGui::GetItemRectMax();
    chevron(ImGui::GetWindowDrawList(), ImVec2(top.x + ui.px(7), top.y + ui.px(10)), ui.px(9), open, p.muted);
    // The whole header toggles the card.
    ImGui::SetCursorScreenPos(top);
    const bool toggled = hook::control(ImGui::InvisibleButton("toggle", ImVec2(ui.width(), bottom.y - top.y)), key);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (toggled) {
        if (open) {
            ui.view.open_cards.erase(key);
        } else {
            ui.view.open_cards.insert(key);
        }
    }
    if (!open) return;
    gap(ui, 6);
    if (!rich_blank(q.really_asking)) {
        block_label(ui, "WHAT THEY ARE REALLY ASKING");
        paragraph(ui, "really", q.really_asking);
    }
    if (!q.great.empty()) {
        block_label(ui, "WHAT A GREAT ANSWER SHOWS");
        rich_bullets(ui, "great", q.great);
    }
    if (!q.red_flags.empty()) {
        block_label(ui, "RED FLAGS");
        rich_bullets(ui, "flags", q.red_flags);
    }
    const Story* story = q.story && !ui.view.hidden.hides(Part::Stories) ? find_story(doc, *q.story) : nullptr;
    if (!rich_blank(q.prep) || story) {
        block_label(ui, "HOW TO PREPARE");
        paragraph(ui, "prep", q.prep);
        if (story) {
            char label[200];
            std::snprintf(label, sizeof label, "Your story for this: %d. %s \u2192", story_number(doc, story->id),
                          story->title.c_str());
            ImGui::PushFont(ui.fonts.small);
            if (hook::control(link_button(label, p.accent), "story-link:" + q.id)) ui.goto_section = 4;
            ImGui::PopFont();
        }
    }
    if (!trim(q.practice_prompt).empty()) {
        block_label(ui, "PRACTICE PROMPT");
        wrapped_text(q.practice_prompt, ui.fonts.body, p.muted, ui.width());
    }
}

void gap_scripts(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Bridge scripts for your gaps");
    if (doc.gap_scripts.empty()) empty_note(ui, "No gap needs a script for this job.");
    for (size_t i = 0; i < doc.gap_scripts.size(); ++i) {
        const GapScript& g = doc.gap_scripts[i];
        const std::string scope = gap_scope(doc, g);
        ImGui::PushID(static_cast<int>(i));
        {
            Card card(ui, ui.width(), 20);
            const Rich script = rich_blank(g.script) ? Rich{{"your honest answer", SpanKind::Fill}} : g.script;
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::PushFont(ui.fonts.small);
            const float copy_w = button_width("Copied \u2713", ui.s);
            ImGui::PopFont();
            wrapped_text(std::to_string(i + 1) + ". " + g.title, ui.fonts.brand, p.text,
                         ui.width() - copy_w - ui.px(8));
            const ImVec2 after = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(ImVec2(at.x, at.y - ui.px(3)));
            copy_button(ui, "script:" + std::to_string(i), plain_text(script, scope, ui.answers), "Copy",
                        at.x + ui.width());
            ImGui::SetCursorScreenPos(after);
            if (const Requirement* r = find_requirement(doc, g.requirement)) {
                block_label(ui, "FOR THE REQUIREMENT");
                RichStyle small;
                small.font = ui.fonts.small;
                rich_text(ui, "req", Rich{{r->text, SpanKind::Fact}}, {}, small);
            }
            if (!rich_blank(g.why_probe)) {
                block_label(ui, "WHY THEY WILL PROBE");
                paragraph(ui, "why", g.why_probe, scope);
            }
            block_label(ui, "YOUR SCRIPT");
            {
                Card inner(ui, ui.width(), 14, p.surface_alt, IM_COL32(0, 0, 0, 0));
                RichStyle style;
                style.line_height = 1.6f;
                rich_text(ui, "script", script, scope, style);
            }
            if (!g.verify.empty()) {
                block_label(ui, "CHECK BEFORE YOU USE IT");
                text_bullets(ui, g.verify, ui.fonts.small);
            }
        }
        gap(ui, 12);
        ImGui::PopID();
    }
}

void curveballs(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Curveball questions");
    if (doc.curveballs.empty()) {
        empty_note(ui, "No curveballs were prepared for this interview.");
        return;
    }
    for (size_t i = 0; i < doc.curveballs.size(); ++i) {
        const Curveball& c = doc.curveballs[i];
        ImGui::PushID(100 + static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text("\u201c" + c.question + "\u201d", ui.fonts.label, p.text, ui.width());
            if (!rich_blank(c.why)) {
                block_label(ui, "WHY THEY ASK");
                paragraph(ui, "why", c.why);
            }
            if (!c.framework.empty()) {
                block_label(ui, "HOW TO ANSWER");
                numbered_steps(ui, "framework", c.framework);
            }
            if (!trim(c.warning).empty()) {
                Card note(ui, ui.width(), 12, p.caution_soft, IM_COL32(0, 0, 0, 0));
                wrapped_text("Watch out: " + c.warning, ui.fonts.small, p.text, ui.width());
            }
        }
        gap(ui, 12);
        ImGui::PopID();
    }
}

}  // namespace

void draw_questions(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    section_header(ui, 6);
    const auto& qs = doc.questions;
    if (qs.empty()) {
        empty_note(ui, "No likely questions yet.");
        return;
    }
    wrapped_text(
        "Tap a question to see what it is really testing, what a great answer shows and what sinks one. "
        "Answer each one out loud at least once.",
        ui.fonts.small, p.muted, ui.width());
    gap(ui, 8);
    category_filter(ui, qs);
    for (size_t i = 0; i < qs.size(); ++i) {
        if (!ui.view.question_filter.empty() && name_of(qs[i].category) != ui.view.question_filter) continue;
        ImGui::PushID(qs[i].id.c_str());
        question_card(ui, doc, qs[i], static_cast<int>(i) + 1);
        gap(ui, 10);
        ImGui::PopID();
    }
}

void draw_scripts(Ui& ui, const Playbook& doc) {
    section_header(ui, 7);
    if (!ui.view.hidden.hides(Part::GapScripts)) gap_scripts(ui, doc);
    heading(ui, "When you do not know the answer");
    if (doc.recovery_steps.empty()) {
        empty_note(ui, "Pause, say what you do know, reason out loud and tie it to something you have done.");
    } else {
        Card card(ui, ui.width(), 18);
        numbered_steps(ui, "recovery", doc.recovery_steps);
    }
    if (!ui.view.hidden.hides(Part::Curveballs)) curveballs(ui, doc);
}

void draw_questions_to_ask(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    section_header(ui, 8);
    wrapped_text(
        "Choose two or three for each conversation and ask them in your own words. Questions that build on "
        "something the interviewer just said beat any prepared list.",
        ui.fonts.small, p.muted, ui.width());
    gap(ui, 10);
    int index = 0;
    for (const auto& group : ask_groups(doc)) {
        ImGui::PushID(index++);
        {
            Card card(ui, ui.width(), 20);
            std::string copy;
            for (const auto& item : *group.items) copy += item.text + "\n";
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::PushFont(ui.fonts.small);
            const float copy_w = button_width("Copied \u2713", ui.s);
            ImGui::PopFont();
            wrapped_text(group.heading, ui.fonts.brand, p.text, ui.width() - copy_w - ui.px(8));
            const ImVec2 after = ImGui::GetCursorScreenPos();
            if (!copy.empty()) {
                ImGui::SetCursorScreenPos(ImVec2(at.x, at.y - ui.px(3)));
                copy_button(ui, "ask:" + std::to_string(index), copy, "Copy", at.x + ui.width());
                ImGui::SetCursorScreenPos(after);
            }
            wrapped_text(group.focus, ui.fonts.small, p.muted, ui.width());
            gap(ui, 8);
            if (group.items->empty()) empty_note(ui, "No questions prepared for this interviewer yet.");
            for (const auto& item : *group.items) {
                const std::string tag = ask_tag_label(item.tag);
                if (!tag.empty()) {
                    chip(tag, item.tag == "company" ? p.accent : p.fact,
                         item.tag == "company" ? p.accent_soft : p.fact_soft, ui.fonts.small, ui.s);
                    gap(ui, 1);
                }
                wrapped_text("\u201c" + item.text + "\u201d", ui.fonts.label, p.text, ui.width());
                if (!trim(item.why).empty())
                    wrapped_text("Why ask it: " + item.why, ui.fonts.small, p.muted, ui.width());
                gap(ui, 8);
            }
        }
        gap(ui, 12);
        ImGui::PopID();
    }
}

}  // namespace ip::app
