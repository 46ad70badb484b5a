// Section 3: what they actually want (decode table, company profile, hidden
// priorities, mistakes to avoid).
#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_report_parts.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip::report {

namespace {

void decode_table(const Playbook& doc, std::string& out) {
    heading(out, "Reading between the lines");
    std::string rows;
    for (const auto& row : doc.decode) {
        const Requirement* r = find_requirement(doc, row.said);
        if (!r && rich_is_blank(row.means)) continue;
        rows += "<tr><td>" + (r ? fact_html(r->text) : std::string("<span class=\"empty\">Not in the posting</span>"));
        rows += "</td><td>" + rich_html(row.means) + "</td><td>";
        rows += rich_is_blank(row.demonstrate) ? fill_html("how will you show this?") : rich_html(row.demonstrate);
        rows += "</td></tr>\n";
    }
    if (!trim(doc.job.about.value_or("")).empty()) {
        label(out, "What the posting says about the team");
        out += "<p>" + fact_html(*doc.job.about) + "</p>\n";
    }
    if (rows.empty()) {
        empty_note(out, "The job description had no lines worth decoding.");
        return;
    }
    out +=
        "<table><thead><tr><th>What they wrote</th><th>What they mean</th><th>How to show it</th></tr></thead>"
        "<tbody>\n" +
        rows + "</tbody></table>\n";
}

void labelled_rich_list(std::string& out, const char* title, const std::vector<Rich>& items) {
    bool any = false;
    for (const auto& r : items) any = any || !rich_is_blank(r);
    if (!any) return;
    label(out, title);
    rich_list(out, items);
}

void company_profile(const Playbook& doc, std::string& out) {
    const CompanyProfile& c = doc.company;
    const std::string name = company_name(doc);
    const bool named = name != "the company";
    heading(out, doc.company.known ? name + " at a glance"
                                   : (named ? "What to expect from " + name : "What to expect from the company"));
    if (!c.known) {
        out += "<div class=\"note\"><strong>Generic profile.</strong> ";
        out += named ? "There is no researched profile for " + html_escape(name) +
                           " yet, so this section describes how most employers hire for this kind of role."
                     : std::string(
                           "The company is not known yet, so this section describes how most employers "
                           "hire for this kind of role.");
        out += " Check the company\u2019s own careers pages for its stated values and interview process.</div>\n";
    }
    if (!c.values.empty()) {
        label(out, "Values");
        bool any_focus = false;
        for (const auto& v : c.values) any_focus = any_focus || v.focus;
        if (any_focus) out += "<p class=\"muted\">The values marked \u2605 matter most for this role.</p>";
        out += "<ul class=\"values\">";
        for (const auto& v : c.values) {
            out += "<li><span class=\"chip" + std::string(v.focus ? " focus\">\u2605 " : "\">") + html_escape(v.name) +
                   "</span>";
            if (!trim(v.description).empty()) out.append(" ").append(html_escape(v.description));
            out += "</li>";
        }
        out += "</ul>\n";
    }
    labelled_rich_list(out, "Interview process", c.process);
    labelled_rich_list(out, "What makes this interview different", c.unique);
    labelled_rich_list(out, "Culture", c.culture);
    labelled_rich_list(out, "What success looks like", c.success);
}

}  // namespace

void what_they_want(const Playbook& doc, std::string& out) {
    open_section(out, 3);
    decode_table(doc, out);
    company_profile(doc, out);

    heading(out, "Hidden priorities");
    if (doc.hidden_priorities.empty()) empty_note(out, "Nothing in the posting points beyond what it says outright.");
    int n = 0;
    for (const auto& h : doc.hidden_priorities) {
        out += "<div class=\"card\"><h4>" + std::to_string(++n) + ". " + html_escape(h.title) + "</h4>";
        if (h.source == "jd") out += "<span class=\"tag\">From the job description</span>";
        else if (h.source == "company") out += "<span class=\"tag\">From company research</span>";
        rich_para(out, h.body);
        out += "</div>\n";
    }

    heading(out, "Mistakes to avoid");
    if (doc.mistakes.empty()) empty_note(out, "No specific pitfalls were found for this interview.");
    for (const auto& m : doc.mistakes) {
        out += "<div class=\"card\"><h4>\u2717 " + html_escape(m.title) + "</h4>";
        rich_para(out, m.body);
        out += "</div>\n";
    }
    close_section(out);
}

}  // namespace ip::report
