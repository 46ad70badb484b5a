// Sections 1 (your prep starts here) and 2 (where you stand).
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

bool fit_assessed(const Fit& fit) { return !fit.label.empty() || !fit.requirements.empty() || fit.score > 0; }

void path_card(Ui& ui, const char* id, const char* title, const std::vector<std::string>& steps,
               const std::vector<std::string>& fallback) {
    const Palette& p = palette();
    Card card(ui, ui.width(), 18, p.surface_alt);
    wrapped_text(title, ui.fonts.brand, p.text, ui.width());
    gap(ui, 6);
    const int target = numbered_steps(ui, id,
                                      steps_to_shown_sections(steps.empty() ? fallback : steps, ui.view.hidden));
    if (target >= 0) ui.goto_section = target;
}

void evidence_quotes(Ui& ui, const Playbook& doc, const std::vector<std::string>& ids) {
    const Palette& p = palette();
    for (const auto& id : ids) {
        const EvidenceRef ref = describe_evidence(doc, id);
        if (ref.quote.empty() && ref.where.empty()) continue;
        Rich line;
        if (!ref.quote.empty()) line.push_back({ref.quote, SpanKind::Fact});
        if (!ref.where.empty()) line.push_back({(ref.quote.empty() ? "" : " \u2014 ") + ref.where, SpanKind::Plain});
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui.px(3), at.y + ui.fonts.small->FontSize * 1.45f),
                                                  p.fact, ui.px(1.5f));
        ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(12), at.y));
        ui.widths.push_back(ui.width() - ui.px(12));
        ImGui::BeginGroup();
        RichStyle style;
        style.font = ui.fonts.small;
        style.color = p.muted;
        rich_text(ui, id.c_str(), line, {}, style);
        ImGui::EndGroup();
        ui.widths.pop_back();
        gap(ui, 2);
    }
}

void requirement_table(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Requirement by requirement");
    if (doc.fit.requirements.empty()) {
        empty_note(ui, "No requirements were read from the job description.");
        return;
    }
    int counts[3] = {0, 0, 0};
    for (const auto& r : doc.fit.requirements)
        ++counts[r.status == RequirementStatus::Covered ? 0 : r.status == RequirementStatus::Partial ? 1 : 2];
    char summary[120];
    std::snprintf(summary, sizeof summary, "%d covered, %d partly covered, %d to bridge", counts[0], counts[1],
                  counts[2]);
    wrapped_text(summary, ui.fonts.small, p.muted, ui.width());
    gap(ui, 6);

    Card card(ui, ui.width(), 0);
    const float pad = ui.px(14);
    const float icon = ui.px(22);
    for (size_t i = 0; i < doc.fit.requirements.size(); ++i) {
        const RequirementFit& r = doc.fit.requirements[i];
        const Requirement* req = find_requirement(doc, r.id);
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 row = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        if (i > 0) draw->AddLine(row, ImVec2(row.x + ui.width(), row.y), p.border, ui.s);
        status_icon(draw, ImVec2(row.x + pad + icon / 2, row.y + pad + ui.fonts.body->FontSize * 0.6f), icon / 2,
                    r.status);
        ImGui::SetCursorScreenPos(ImVec2(row.x + pad + icon + ui.px(12), row.y + pad));
        const float text_w = ui.width() - 2 * pad - icon - ui.px(12);
        ui.widths.push_back(text_w);
        ImGui::BeginGroup();
        wrapped_text(req ? req->text : r.id, ui.fonts.body, p.text, text_w);
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, status_color(r.status));
        ImGui::TextUnformatted(requirement_status_label(r.status));
        ImGui::PopStyleColor();
        if (req && *requirement_kind_label(req->kind)) {
            ImGui::SameLine(0, ui.px(8));
            ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
            ImGui::Text("\u00B7  %s", requirement_kind_label(req->kind));
            ImGui::PopStyleColor();
        }
        ImGui::PopFont();
        if (!rich_blank(r.note)) {
            RichStyle style;
            style.font = ui.fonts.small;
            style.color = p.muted;
            rich_text(ui, "note", r.note, {}, style);
        }
        ImGui::EndGroup();
        ui.widths.pop_back();
        ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
        ImGui::PopID();
    }
}

}  // namespace

void draw_prep_starts_here(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    section_header(ui, 1);
    if (!ui.view.hidden.hides(Part::Fit)) {
        Card card(ui, ui.width(), 22);
        Columns cols(ui, 2, 260, 28);
        cols.next();
        if (fit_assessed(doc.fit)) {
            const float d = std::min(240.0f, cols.width() / ui.s);
            ImGui::SetCursorScreenPos(
                ImVec2(ImGui::GetCursorScreenPos().x + (cols.width() - ui.px(d)) / 2, ImGui::GetCursorScreenPos().y));
            fit_gauge(ui, doc.fit.score, doc.fit.label, d);
        } else {
            empty_note(ui, "The fit score appears once both your resume and the job description have been read.");
        }
        cols.next();
        wrapped_text("Your quick assessment", ui.fonts.brand, p.text, ui.width());
        gap(ui, 4);
        paragraph(ui, "summary", doc.fit.summary);
        if (fit_assessed(doc.fit)) {
            subscore_bar(ui, "skills", "Skills", doc.fit.subscores.skills, nullptr);
            subscore_bar(ui, "experience", "Experience", doc.fit.subscores.experience, nullptr);
            subscore_bar(ui, "culture", "Culture and values", doc.fit.subscores.culture, nullptr);
        }
    }
    bool first = true;
    for (size_t i = 0; i < doc.fit.risks.size(); ++i) {
        const CandidacyRisk& r = doc.fit.risks[i];
        if (!r.serious || ui.view.hidden.hides(Part::Fit)) continue;
        if (first) heading(ui, kRisksFirstLabel);
        first = false;
        ImGui::PushID(2500 + static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text(r.title.c_str(), ui.fonts.label, p.accent, ui.width());
            gap(ui, 4);
            paragraph(ui, "facts", r.facts);
        }
        gap(ui, 6);
        ImGui::PopID();
    }
    heading(ui, "Pick your path");
    {
        Columns cols(ui, 2, 300);
        cols.next();
        path_card(ui, "path30", "If you have 30 minutes", doc.fit.path_30_minutes, default_path_30_minutes());
        cols.next();
        path_card(ui, "path2h", "If you have two hours", doc.fit.path_2_hours, default_path_2_hours());
    }
    heading(ui, "What is inside");
    for (const auto& s : report_sections()) {
        if (s.number == 1 || !ui.view.hidden.section_shown(s.number - 1)) continue;
        ImGui::PushID(s.number);
        char label[160];
        std::snprintf(label, sizeof label, "%d. %s", s.number, s.title);
        ImGui::PushFont(ui.fonts.label);
        if (hook::control(link_button(label, p.accent), "contents:" + std::to_string(s.number)))
            ui.goto_section = s.number - 1;
        ImGui::PopFont();
        wrapped_text(s.blurb, ui.fonts.small, p.muted, ui.width());
        gap(ui, 4);
        ImGui::PopID();
    }
}

void draw_where_you_stand(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    const Fit& fit = doc.fit;
    section_header(ui, 2);
    if (fit_assessed(fit)) {
        Card card(ui, ui.width(), 22);
        Columns cols(ui, 2, 240, 28);
        cols.next();
        const float d = std::min(220.0f, cols.width() / ui.s);
        ImGui::SetCursorScreenPos(
            ImVec2(ImGui::GetCursorScreenPos().x + (cols.width() - ui.px(d)) / 2, ImGui::GetCursorScreenPos().y));
        fit_gauge(ui, fit.score, fit.label, d);
        gap(ui, 6);
        wrapped_text(
            "The score weighs your resume against the job\u2019s requirements, the skills it names and what "
            "the company values.",
            ui.fonts.small, p.muted, cols.width());
        cols.next();
        subscore_bar(ui, "skills", "Skills", fit.subscores.skills, &fit.rationale.skills);
        subscore_bar(ui, "experience", "Experience", fit.subscores.experience, &fit.rationale.experience);
        subscore_bar(ui, "culture", "Culture and values", fit.subscores.culture, &fit.rationale.culture);
    } else {
        empty_note(ui, "There is no fit assessment yet: it needs both a resume and a job description.");
    }

    heading(ui, "Your strengths");
    if (fit.strengths.empty()) empty_note(ui, "No clear strengths were found yet.");
    for (size_t i = 0; i < fit.strengths.size(); ++i) {
        const Strength& s = fit.strengths[i];
        ImGui::PushID(static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text(s.title, ui.fonts.label, p.positive_text, ui.width());
            gap(ui, 4);
            paragraph(ui, "body", s.body);
            if (!s.evidence.empty()) {
                block_label(ui, "EVIDENCE");
                evidence_quotes(ui, doc, s.evidence);
            }
        }
        gap(ui, 10);
        ImGui::PopID();
    }

    heading(ui, "Gaps to address");
    if (fit.gaps.empty()) empty_note(ui, "No gaps stand out against this job description.");
    for (size_t i = 0; i < fit.gaps.size(); ++i) {
        const Gap& g = fit.gaps[i];
        ImGui::PushID(1000 + static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text(g.title, ui.fonts.label, p.danger, ui.width());
            gap(ui, 4);
            paragraph(ui, "body", g.body);
            if (const Requirement* r = find_requirement(doc, g.requirement)) {
                block_label(ui, "THE REQUIREMENT");
                rich_text(ui, "req", Rich{{r->text, SpanKind::Fact}}, {});
            }
            const bool scripts_shown = !ui.view.hidden.hides(Part::GapScripts);
            for (const auto& script : doc.gap_scripts) {
                if (scripts_shown && !g.requirement.empty() && script.requirement == g.requirement) {
                    ImGui::PushFont(ui.fonts.small);
                    if (hook::control(link_button("Section 7 has a script for this gap \u2192", p.accent),
                                      "gap-script:" + std::to_string(i)))
                        ui.goto_section = 6;
                    ImGui::PopFont();
                    break;
                }
            }
        }
        gap(ui, 10);
        ImGui::PopID();
    }

    if (!fit.to_settle.empty()) {
        heading(ui, kSettleHeading);
        empty_note(ui, kSettleIntro);
        for (size_t i = 0; i < fit.to_settle.size(); ++i) {
            const SettleItem& item = fit.to_settle[i];
            ImGui::PushID(2000 + static_cast<int>(i));
            {
                Card card(ui, ui.width(), 18);
                wrapped_text(settle_topic_label(item.topic), ui.fonts.label, p.accent, ui.width());
                gap(ui, 4);
                for (size_t k = 0; k < item.lines.size(); ++k)
                    rich_text(ui, ("line" + std::to_string(k)).c_str(), Rich{{item.lines[k], SpanKind::Fact}}, {});
                paragraph(ui, "say", item.say);
            }
            gap(ui, 10);
            ImGui::PopID();
        }
    }

    if (!fit.risks.empty()) {
        heading(ui, kRisksHeading);
        empty_note(ui, kRisksIntro);
        for (size_t i = 0; i < fit.risks.size(); ++i) {
            const CandidacyRisk& r = fit.risks[i];
            ImGui::PushID(3000 + static_cast<int>(i));
            {
                Card card(ui, ui.width(), 18);
                wrapped_text(r.title.c_str(), ui.fonts.label, p.accent, ui.width());
                gap(ui, 4);
                paragraph(ui, "facts", r.facts);
                wrapped_text(kRiskScriptLabel, ui.fonts.label, p.muted, ui.width());
                paragraph(ui, "script", r.script);
            }
            gap(ui, 10);
            ImGui::PopID();
        }
    }

    requirement_table(ui, doc);

    heading(ui, "Your prep priority");
    if (!rich_blank(fit.priority)) {
        paragraph(ui, "priority", fit.priority);
    } else {
        empty_note(ui, "Start with the gaps above, then rehearse your stories in section 5.");
    }
}

}  // namespace ip::app
