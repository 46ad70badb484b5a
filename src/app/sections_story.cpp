// Sections 4 (your story, ready to tell: the pitches) and 5 (STAR stories,
// with copy buttons, in-place answers and a practice timer).
#include <algorithm>
#include <cmath>
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

// A titled block with a copy button at the right of its title row.
void titled_with_copy(Ui& ui, const std::string& title, const std::string& copy_id, const std::string& copy_text) {
    const Palette& p = palette();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushFont(ui.fonts.small);
    const float copy_w = button_width("Copied \u2713", ui.s);
    ImGui::PopFont();
    wrapped_text(title, ui.fonts.brand, p.text, ui.width() - copy_w - ui.px(8));
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y - ui.px(3)));
    copy_button(ui, copy_id, copy_text, "Copy", at.x + ui.width());
    ImGui::SetCursorScreenPos(after);
    gap(ui, 2);
}

void beat(Ui& ui, const char* id, const char* name, const Rich& text) {
    if (rich_blank(text)) return;
    const Palette& p = palette();
    const float label_w = ui.phone ? 0 : ui.px(84);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushFont(ui.fonts.label);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + ui.px(2)));
    ImGui::TextUnformatted(name);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!ui.phone) ImGui::SetCursorScreenPos(ImVec2(at.x + label_w, at.y));
    ui.widths.push_back(ui.width() - label_w);
    ImGui::BeginGroup();
    rich_text(ui, id, text, {});
    ImGui::EndGroup();
    ui.widths.pop_back();
    gap(ui, 8);
}

std::string story_copy_text(const Playbook& doc, const Story& s, const FillAnswers& answers) {
    const std::string scope = story_scope(doc, s);
    std::string out = s.title + "\n";
    const std::pair<const char*, const Rich*> parts[] = {
        {"Situation", &s.situation}, {"Task", &s.task}, {"Action", &s.action}, {"Result", &s.result}};
    for (const auto& [name, text] : parts)
        if (!rich_blank(*text)) out += std::string(name) + ": " + plain_text(*text, scope, answers) + "\n";
    return out;
}

// The practice timer: counts up; two to three minutes is the aim.
void practice_timer(Ui& ui, const Story& s) {
    const Palette& p = palette();
    ViewState& v = ui.view;
    const bool running = v.timer_story == s.id;
    ImGui::PushFont(ui.fonts.small);
    if (!running) {
        if (hook::control(soft_button("Practice: tell it in 2\u20133 minutes", ui.s), "practice:" + s.id)) {
            v.timer_story = s.id;
            v.timer_started_ms = ui.now_ms;
        }
        ImGui::PopFont();
        return;
    }
    const double elapsed_s = (ui.now_ms - v.timer_started_ms) / 1000.0;
    const int seconds = static_cast<int>(elapsed_s);
    char clock[16];
    std::snprintf(clock, sizeof clock, "%d:%02d", seconds / 60, seconds % 60);
    const bool stop = hook::control(soft_button("Stop##timer", ui.s), "practice-stop:" + s.id);
    ImGui::SameLine(0, ui.px(12));
    const char* verdict = elapsed_s < 120 ? "Keep going" : elapsed_s <= 180 ? "Good length" : "Time to wrap up";
    const ImU32 color = elapsed_s < 120 ? p.accent : elapsed_s <= 180 ? p.positive : p.danger;
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::Text("%s  \u00B7  %s", clock, verdict);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    // A bar over four minutes with the two-to-three-minute zone marked.
    const float w = ui.width();
    const float h = ui.px(6);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float span = 240.0f;
    draw->AddRectFilled(at, ImVec2(at.x + w, at.y + h), p.border, h / 2);
    draw->AddRectFilled(ImVec2(at.x + w * 120 / span, at.y), ImVec2(at.x + w * 180 / span, at.y + h),
                        with_alpha(p.positive, 90));
    const float fill = static_cast<float>(std::min(elapsed_s, double(span)) / span);
    draw->AddRectFilled(at, ImVec2(at.x + w * fill, at.y + h), color, h / 2);
    ImGui::Dummy(ImVec2(w, h));
    if (stop) {
        v.timer_story.clear();
    } else {
        // The clock changes once a second; nothing else needs a frame.
        ui.wake_in(1000.0 - std::fmod(ui.now_ms - v.timer_started_ms, 1000.0) + 5);
    }
}

void story_card(Ui& ui, const Playbook& doc, const Story& s, int number) {
    const Palette& p = palette();
    const std::string scope = story_scope(doc, s);
    Card card(ui, ui.width(), 20);
    titled_with_copy(ui, std::to_string(number) + ". " + s.title, "story:" + s.id, story_copy_text(doc, s, ui.answers));
    if (!s.values.empty()) {
        gap(ui, 2);
        chip_row(s.values, p.accent, p.accent_soft, ui.fonts.small, ui.s, ui.width());
    }
    const EvidenceRef anchor = describe_evidence(doc, s.anchor);
    if (!anchor.quote.empty()) {
        gap(ui, 4);
        block_label(ui, "BUILT ON THIS LINE OF YOUR RESUME");
        Rich line{{anchor.quote, SpanKind::Fact}};
        if (!anchor.where.empty()) line.push_back({" \u2014 " + anchor.where, SpanKind::Plain});
        RichStyle style;
        style.font = ui.fonts.small;
        rich_text(ui, "anchor", line, {}, style);
    }
    if (!s.use_for.empty()) {
        block_label(ui, "USE IT FOR");
        text_bullets(ui, s.use_for, ui.fonts.small);
    }
    gap(ui, 6);
    {
        Card star(ui, ui.width(), 14, p.surface_alt, IM_COL32(0, 0, 0, 0));
        const std::pair<const char*, const Rich*> parts[] = {
            {"SITUATION", &s.situation}, {"TASK", &s.task}, {"ACTION", &s.action}, {"RESULT", &s.result}};
        const char* prompts[] = {"what was going on?", "what were you responsible for?",
                                 "what did you do, step by step?", "what changed, in numbers?"};
        for (int i = 0; i < 4; ++i) {
            block_label(ui, parts[i].first);
            const Rich& text = *parts[i].second;
            rich_text(ui, parts[i].first, rich_blank(text) ? Rich{{prompts[i], SpanKind::Fill}} : text, scope);
            if (i < 3) gap(ui, 6);
        }
    }
    gap(ui, 8);
    practice_timer(ui, s);
    if (!s.checklist.empty()) {
        gap(ui, 4);
        block_label(ui, "BEFORE YOU TELL IT");
        text_bullets(ui, s.checklist, ui.fonts.small);
    }
    if (!s.follow_ups.empty()) {
        const std::string key = "followups:" + s.id;
        const bool open = ui.view.open_cards.count(key) > 0;
        char label[80];
        std::snprintf(label, sizeof label, "%s %zu likely follow-up questions##fu", open ? "Hide" : "Show",
                      s.follow_ups.size());
        ImGui::PushFont(ui.fonts.small);
        if (hook::control(link_button(label, p.accent), key)) {
            if (open) {
                ui.view.open_cards.erase(key);
            } else {
                ui.view.open_cards.insert(key);
            }
        }
        ImGui::PopFont();
        if (open) {
            for (const auto& f : s.follow_ups) {
                wrapped_text(f.question, ui.fonts.label, p.text, ui.width());
                if (!trim(f.hint).empty()) wrapped_text(f.hint, ui.fonts.small, p.muted, ui.width());
                gap(ui, 4);
            }
        }
    }
}

}  // namespace

void draw_your_pitch(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    const Pitch& pitch = doc.pitch;
    section_header(ui, 4);
    {
        Card card(ui, ui.width(), 20);
        titled_with_copy(ui, "Your 30-second pitch", "pitch30", plain_text(pitch.thirty_second, {}, ui.answers));
        if (rich_blank(pitch.thirty_second)) {
            empty_note(ui, "No pitch yet: it needs at least one role from your resume.");
        } else {
            RichStyle style;
            style.line_height = 1.6f;
            rich_text(ui, "thirty", pitch.thirty_second, {}, style);
            gap(ui, 4);
            wrapped_text(speaking_time(pitch.thirty_second) + " when spoken.", ui.fonts.small, p.muted, ui.width());
        }
    }
    gap(ui, 14);
    {
        const TwoMinutePitch& t = pitch.two_minute;
        std::string copy;
        for (const Rich* part : {&t.past, &t.present, &t.pivot, &t.future})
            if (!rich_blank(*part)) copy += plain_text(*part, {}, ui.answers) + "\n\n";
        Card card(ui, ui.width(), 20);
        titled_with_copy(ui, "Your 2-minute pitch", "pitch2", trim(copy));
        gap(ui, 4);
        if (copy.empty()) empty_note(ui, "No 2-minute pitch yet.");
        beat(ui, "past", "Past", t.past);
        beat(ui, "present", "Present", t.present);
        beat(ui, "pivot", "Pivot", t.pivot);
        beat(ui, "future", "Future", t.future);
    }
    gap(ui, 14);
    const std::pair<const char*, const Rich*> whys[] = {{"\u201cWhy this company?\u201d", &pitch.why_company},
                                                        {"\u201cWhy this role?\u201d", &pitch.why_role}};
    const char* prompts[] = {"why this company, in your own words?", "why this role, in your own words?"};
    for (int i = 0; i < 2; ++i) {
        ImGui::PushID(i);
        {
            Card card(ui, ui.width(), 20);
            const Rich text = rich_blank(*whys[i].second) ? Rich{{prompts[i], SpanKind::Fill}} : *whys[i].second;
            titled_with_copy(ui, whys[i].first, i == 0 ? "why-company" : "why-role", plain_text(text, {}, ui.answers));
            rich_text(ui, "why", text, {});
        }
        gap(ui, 14);
        ImGui::PopID();
    }
    if (!pitch.tips.empty()) {
        heading(ui, "Delivery tips");
        text_bullets(ui, pitch.tips);
    }
}

void draw_stories(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    section_header(ui, 5);
    {
        Card legend(ui, ui.width(), 14, p.surface_alt, IM_COL32(0, 0, 0, 0));
        wrapped_text(
            "Each story rests on a line from your resume. Check the drafted parts and correct anything "
            "that did not happen that way; fill in the blanks with what only you know. Aim for two to "
            "three minutes per story.",
            ui.fonts.small, p.text, ui.width());
        gap(ui, 6);
        rich_legend(ui);
        const FillCount count = count_fills(doc, ui.answers);
        if (count.total > 0) {
            gap(ui, 4);
            char line[96];
            std::snprintf(line, sizeof line, "%d of %d blanks in this playbook answered", count.answered, count.total);
            wrapped_text(line, ui.fonts.small, p.muted, ui.width());
        }
    }
    gap(ui, 14);
    if (doc.stories.empty())
        empty_note(ui, "No stories yet: they are built from resume lines with a clear action and result.");
    for (size_t i = 0; i < doc.stories.size(); ++i) {
        ImGui::PushID(doc.stories[i].id.c_str());
        story_card(ui, doc, doc.stories[i], static_cast<int>(i) + 1);
        gap(ui, 14);
        ImGui::PopID();
    }
    const StoryTemplate& t = doc.story_template;
    if (!t.steps.empty()) {
        heading(ui, "A frame for a story your resume does not hold yet");
        Card card(ui, ui.width(), 18);
        if (!t.values.empty()) {
            block_label(ui, "VALUES TO AIM AT");
            chip_row(t.values, p.accent, p.accent_soft, ui.fonts.small, ui.s, ui.width());
            gap(ui, 6);
        }
        numbered_steps(ui, "template", t.steps);
    }
}

}  // namespace ip::app
