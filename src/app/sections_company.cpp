// Section 3: what they actually want (the job description decoded, the
// company's profile, hidden priorities, mistakes to avoid).
#include <string>

#include "app/playbook_parts.h"
#include "app/sections.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/wording.h"

namespace ip::app {

namespace {

bool any_text(const std::vector<Rich>& items) {
    for (const auto& r : items)
        if (!rich_blank(r)) return true;
    return false;
}

void decode_rows(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Reading between the lines");
    if (const auto& about = doc.job.about; about && !trim(*about).empty()) {
        block_label(ui, "WHAT THE POSTING SAYS ABOUT THE TEAM");
        paragraph(ui, "about", Rich{{*about, SpanKind::Fact}});
    }
    int shown = 0;
    for (size_t i = 0; i < doc.decode.size(); ++i) {
        const DecodeRow& row = doc.decode[i];
        const Requirement* r = find_requirement(doc, row.said);
        if (!r && rich_blank(row.means)) continue;
        ++shown;
        ImGui::PushID(static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            block_label(ui, "THEY WROTE");
            if (r) {
                rich_text(ui, "said", Rich{{r->text, SpanKind::Fact}}, {});
            } else {
                wrapped_text("Not in the posting", ui.fonts.body, p.muted, ui.width());
            }
            gap(ui, 4);
            Columns cols(ui, 2, 240);
            cols.next();
            block_label(ui, "THEY MEAN");
            paragraph(ui, "means", row.means);
            cols.next();
            block_label(ui, "HOW TO SHOW IT");
            if (rich_blank(row.demonstrate)) {
                rich_text(ui, "show", Rich{{"how will you show this?", SpanKind::Fill}}, {});
            } else {
                paragraph(ui, "show", row.demonstrate);
            }
        }
        gap(ui, 10);
        ImGui::PopID();
    }
    if (shown == 0) empty_note(ui, "The job description had no lines worth decoding.");
}

void labelled_list(Ui& ui, const char* id, const char* label, const std::vector<Rich>& items) {
    if (!any_text(items)) return;
    block_label(ui, label);
    rich_bullets(ui, id, items);
    gap(ui, 4);
}

void company_profile(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    const CompanyProfile& c = doc.company;
    const std::string name = company_name(doc);
    const bool named = name != "the company";
    heading(ui, c.known ? name + " at a glance"
                        : (named ? "What to expect from " + name : "What to expect from the company"));
    Card card(ui, ui.width(), 18);
    if (!c.known) {
        Card note(ui, ui.width(), 12, p.caution_soft, with_alpha(p.caution, 80));
        wrapped_text(named ? "There is no researched profile for " + name +
                                 " yet, so this part describes how most employers hire for this kind of role. "
                                 "Check the company\u2019s careers pages for its own values and process."
                           : std::string("The company is not known yet, so this part describes how most employers "
                                         "hire for this kind of role."),
                     ui.fonts.small, p.text, ui.width());
    }
    if (!c.values.empty()) {
        block_label(ui, "VALUES");
        bool any_focus = false;
        for (const auto& v : c.values) any_focus = any_focus || v.focus;
        if (any_focus)
            wrapped_text("The highlighted values matter most for this role.", ui.fonts.small, p.muted, ui.width());
        gap(ui, 4);
        for (size_t i = 0; i < c.values.size(); ++i) {
            const CompanyValue& v = c.values[i];
            chip(v.name, v.focus ? p.on_accent : p.accent, v.focus ? p.accent : p.accent_soft, ui.fonts.label, ui.s);
            if (!trim(v.description).empty()) wrapped_text(v.description, ui.fonts.small, p.muted, ui.width());
            gap(ui, 6);
        }
    }
    labelled_list(ui, "process", "INTERVIEW PROCESS", c.process);
    labelled_list(ui, "unique", "WHAT MAKES THIS INTERVIEW DIFFERENT", c.unique);
    labelled_list(ui, "culture", "CULTURE", c.culture);
    labelled_list(ui, "success", "WHAT SUCCESS LOOKS LIKE", c.success);
}

void hidden_priorities(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Hidden priorities");
    if (doc.hidden_priorities.empty()) empty_note(ui, "Nothing in the posting points beyond what it says outright.");
    for (size_t i = 0; i < doc.hidden_priorities.size(); ++i) {
        const TitledRich& h = doc.hidden_priorities[i];
        ImGui::PushID(static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text(std::to_string(i + 1) + ". " + h.title, ui.fonts.label, p.text, ui.width());
            if (h.source == "jd" || h.source == "company") {
                gap(ui, 2);
                chip(h.source == "jd" ? "From the job description" : "From company research", p.muted, p.surface_alt,
                     ui.fonts.small, ui.s);
            }
            gap(ui, 4);
            paragraph(ui, "body", h.body);
        }
        gap(ui, 10);
        ImGui::PopID();
    }
}

void mistakes(Ui& ui, const Playbook& doc) {
    const Palette& p = palette();
    heading(ui, "Mistakes to avoid");
    if (doc.mistakes.empty()) empty_note(ui, "No specific pitfalls were found for this interview.");
    for (size_t i = 0; i < doc.mistakes.size(); ++i) {
        const TitledRich& m = doc.mistakes[i];
        ImGui::PushID(500 + static_cast<int>(i));
        {
            Card card(ui, ui.width(), 18);
            wrapped_text(m.title, ui.fonts.label, p.danger, ui.width());
            gap(ui, 4);
            paragraph(ui, "body", m.body);
        }
        gap(ui, 10);
        ImGui::PopID();
    }
}

}  // namespace

void draw_what_they_want(Ui& ui, const Playbook& doc) {
    const HiddenParts& hidden = ui.view.hidden;
    section_header(ui, 3);
    if (!hidden.hides(Part::Decode)) decode_rows(ui, doc);
    if (!hidden.hides(Part::Company)) company_profile(ui, doc);
    if (!hidden.hides(Part::HiddenPriorities)) hidden_priorities(ui, doc);
    if (!hidden.hides(Part::Mistakes)) mistakes(ui, doc);
}

}  // namespace ip::app
