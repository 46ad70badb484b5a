// Sections 1 (prep starts here) and 2 (where you stand).
#include <algorithm>

#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_report_parts.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::report {

namespace {

bool fit_assessed(const Fit& fit) { return !fit.label.empty() || !fit.requirements.empty() || fit.score > 0; }

int clamp_score(int v) { return std::clamp(v, 0, 100); }

// A half-circle gauge. pathLength="100" lets the dash length be the score
// itself, so no trigonometry is needed.
std::string gauge_svg(int score) {
    const std::string s = std::to_string(clamp_score(score));
    const char* arc = "M 20 100 A 80 80 0 0 1 180 100";
    std::string svg = "<svg class=\"gauge\" viewBox=\"0 0 200 120\" role=\"img\" aria-label=\"Fit score " + s +
                      " out of 100\">";
    svg += std::string("<path d=\"") + arc + "\" fill=\"none\" stroke=\"#d5dde6\" stroke-width=\"18\"/>";
    svg += std::string("<path d=\"") + arc +
           "\" fill=\"none\" stroke=\"#0f766e\" stroke-width=\"18\" pathLength=\"100\" stroke-dasharray=\"" + s +
           " 100\"/>";
    svg += "<text x=\"100\" y=\"92\" text-anchor=\"middle\" class=\"score\">" + s + "</text>";
    svg += "<text x=\"100\" y=\"114\" text-anchor=\"middle\" class=\"of\">out of 100</text></svg>";
    return svg;
}

void score_bar(std::string& out, const char* name, int value, const Rich& rationale) {
    const std::string v = std::to_string(clamp_score(value));
    out += "<div class=\"bar-row\"><div class=\"bar-head\"><span>";
    out += name;
    out += "</span><span>" + v + " / 100</span></div>";
    out += "<div class=\"bar\" role=\"img\" aria-label=\"" + std::string(name) + ": " + v +
           " out of 100\"><span style=\"width:" + v + "%\"></span></div>";
    if (!rich_is_blank(rationale)) out += "<p class=\"bar-note\">" + rich_html(rationale) + "</p>";
    out += "</div>\n";
}

const GapScript* script_for(const Playbook& doc, const std::string& requirement) {
    for (const auto& g : doc.gap_scripts)
        if (!requirement.empty() && g.requirement == requirement) return &g;
    return nullptr;
}

void path_card(std::string& out, const char* title, const std::vector<std::string>& steps,
               const std::vector<std::string>& fallback) {
    out += "<div class=\"card tinted\"><h4>" + std::string(title) + "</h4><ol>";
    for (const auto& step : steps.empty() ? fallback : steps)
        if (!trim(step).empty()) out += "<li>" + html_escape(step) + "</li>";
    out += "</ol></div>\n";
}

}  // namespace

void prep_starts_here(const Playbook& doc, std::string& out) {
    open_section(out, 1);
    heading(out, "Your quick assessment");
    if (!rich_is_blank(doc.fit.summary)) rich_para(out, doc.fit.summary);
    else empty_note(out, "The assessment appears once both your resume and the job description have been read.");
    if (fit_assessed(doc.fit)) {
        out += "<p>Fit score: <strong>" + std::to_string(clamp_score(doc.fit.score)) + " / 100</strong>";
        if (!doc.fit.label.empty()) out += " \u2014 " + html_escape(doc.fit.label);
        out += ". Section 2 shows how it was worked out.</p>\n";
    }
    bool first = true;
    for (const auto& r : doc.fit.risks) {
        if (!r.serious) continue;
        if (first) {
            label(out, kRisksFirstLabel);
            out += "<ul class=\"risks-first\">\n";
            first = false;
        }
        out += "<li><strong>" + html_escape(r.title) + "</strong> \u2014 " + rich_html(r.facts) + "</li>\n";
    }
    if (!first) out += "</ul>\n";

    heading(out, "Contents");
    out += "<table class=\"toc\"><thead><tr><th>#</th><th>Section</th><th>What you get</th></tr></thead><tbody>\n";
    for (const auto& s : report_sections()) {
        out += "<tr><td>" + std::to_string(s.number) + "</td><td><a href=\"#" + std::string(s.anchor) + "\">" +
               html_escape(s.title) + "</a></td><td>" + html_escape(s.blurb) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";

    heading(out, "Pick your path");
    out += "<div class=\"paths\">\n";
    path_card(out, "If you have 30 minutes", doc.fit.path_30_minutes, default_path_30_minutes());
    path_card(out, "If you have two hours", doc.fit.path_2_hours, default_path_2_hours());
    out += "</div>\n";
    close_section(out);
}

void where_you_stand(const Playbook& doc, std::string& out) {
    const Fit& fit = doc.fit;
    open_section(out, 2);
    if (!fit_assessed(fit)) {
        empty_note(out, "There is no fit assessment yet: it needs both a resume and a job description.");
    } else {
        out += "<div class=\"fit-top\">" + gauge_svg(fit.score) + "<div>";
        if (!fit.label.empty()) out += "<div class=\"fit-label\">" + html_escape(fit.label) + "</div>";
        out +=
            "<p class=\"muted\">The score weighs your resume against the job\u2019s requirements, the skills it "
            "names and what the company values. The bars below break it down.</p>";
        out += "</div></div>\n";
        out += "<div class=\"bars\">\n";
        score_bar(out, "Skills", fit.subscores.skills, fit.rationale.skills);
        score_bar(out, "Experience", fit.subscores.experience, fit.rationale.experience);
        score_bar(out, "Culture and values", fit.subscores.culture, fit.rationale.culture);
        out += "</div>\n";
    }

    heading(out, "Your strengths");
    if (fit.strengths.empty()) empty_note(out, "No clear strengths were found yet.");
    for (const auto& s : fit.strengths) {
        out += "<div class=\"card\"><h4>" + html_escape(s.title) + "</h4>";
        rich_para(out, s.body);
        if (!s.evidence.empty()) {
            label(out, "Evidence");
            evidence_list(out, doc, s.evidence);
        }
        out += "</div>\n";
    }

    heading(out, "Gaps to address");
    if (fit.gaps.empty()) empty_note(out, "No gaps stand out against this job description.");
    for (const auto& g : fit.gaps) {
        out += "<div class=\"card\"><h4>" + html_escape(g.title) + "</h4>";
        rich_para(out, g.body);
        if (const Requirement* r = find_requirement(doc, g.requirement))
            out += "<p class=\"muted\">Requirement: " + fact_html(r->text) + "</p>";
        if (script_for(doc, g.requirement)) out += "<p class=\"muted\">Section 7 has a script for this gap.</p>";
        out += "</div>\n";
    }

    if (!fit.to_settle.empty()) {
        heading(out, kSettleHeading);
        empty_note(out, kSettleIntro);
        for (const auto& item : fit.to_settle) {
            out += "<div class=\"card\"><h4>" + html_escape(settle_topic_label(item.topic)) + "</h4>";
            for (const auto& line : item.lines) out += "<p class=\"muted\">" + fact_html(line) + "</p>";
            rich_para(out, item.say);
            out += "</div>\n";
        }
    }

    if (!fit.risks.empty()) {
        heading(out, kRisksHeading);
        empty_note(out, kRisksIntro);
        for (const auto& r : fit.risks) {
            out += "<div class=\"card\"><h4>" + html_escape(r.title) + "</h4>";
            rich_para(out, r.facts);
            label(out, kRiskScriptLabel);
            rich_para(out, r.script);
            out += "</div>\n";
        }
    }

    heading(out, "Your prep priority");
    if (!rich_is_blank(fit.priority)) rich_para(out, fit.priority);
    else empty_note(out, "Start with the gaps above, then rehearse your stories in section 5.");
    close_section(out);
}

}  // namespace ip::report
