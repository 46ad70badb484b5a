#include "core/text.h"
#include "render/doc_lookup.h"
#include "render/html_escape.h"
#include "render/html_page.h"
#include "render/html_report_parts.h"
#include "render/html_style.h"
#include "render/render.h"
#include "render/rich_html.h"
#include "render/wording.h"

namespace ip {

namespace report {

void open_section(std::string& out, int number, const std::string& subtitle) {
    const SectionInfo& s = report_section(number);
    out += "<section class=\"chapter\" id=\"";
    out += s.anchor;
    out += "\">\n<header><div class=\"num\">" + std::to_string(number) + "</div><div><h2>";
    out += html_escape(s.title);
    out += "</h2><p>" + html_escape(subtitle.empty() ? s.subtitle : subtitle) + "</p></div></header>\n";
}

void close_section(std::string& out) { out += "</section>\n"; }

void heading(std::string& out, const std::string& text) { out += "<h3>" + html_escape(text) + "</h3>\n"; }

void label(std::string& out, const std::string& text) { out += "<div class=\"label\">" + html_escape(text) + "</div>"; }

void rich_para(std::string& out, const Rich& text, const char* css_class) {
    if (rich_is_blank(text)) return;
    out += css_class ? std::string("<p class=\"") + css_class + "\">" : std::string("<p>");
    out += rich_html(text) + "</p>\n";
}

void rich_list(std::string& out, const std::vector<Rich>& items, size_t cap) {
    std::string lis;
    for (size_t i = 0; i < items.size() && i < cap; ++i)
        if (!rich_is_blank(items[i])) lis += "<li>" + rich_html(items[i]) + "</li>";
    if (!lis.empty()) out += "<ul>" + lis + "</ul>\n";
}

void text_list(std::string& out, const std::vector<std::string>& items, size_t cap) {
    std::string lis;
    for (size_t i = 0; i < items.size() && i < cap; ++i)
        if (!trim(items[i]).empty()) lis += "<li>" + html_escape(items[i]) + "</li>";
    if (!lis.empty()) out += "<ul>" + lis + "</ul>\n";
}

void empty_note(std::string& out, const std::string& text) {
    out += "<p class=\"empty\">" + html_escape(text) + "</p>\n";
}

void evidence_list(std::string& out, const Playbook& doc, const std::vector<std::string>& ids) {
    std::string lis;
    for (const auto& id : ids) {
        const EvidenceRef ref = describe_evidence(doc, id);
        if (ref.quote.empty() && ref.where.empty()) continue;
        lis += "<li>";
        if (!ref.quote.empty()) lis += fact_html(ref.quote) + " ";
        lis += "<span class=\"where\">" + std::string(ref.quote.empty() ? "" : "\u2014 ") + html_escape(ref.where) +
               "</span></li>";
    }
    if (!lis.empty()) out += "<ul class=\"evidence\">" + lis + "</ul>\n";
}

}  // namespace report

std::string render_html_report(const Playbook& doc) {
    const std::string name = trim(doc.candidate.name.value_or(""));
    std::string body =
        "<main class=\"doc\">\n<header class=\"cover\"><div class=\"kicker\">Interview playbook</div><h1>";
    body += name.empty() ? std::string("Your interview playbook") : html_escape(name);
    std::vector<std::string> meta;
    if (role_phrase(doc) != "this role") meta.push_back(role_phrase(doc));
    if (!doc.generated.empty()) meta.push_back("Prepared " + long_date(doc.generated));
    body += "</h1><div class=\"meta\">" + html_escape(join(meta, " \u00B7 ")) + "</div></header>\n";

    report::prep_starts_here(doc, body);
    report::where_you_stand(doc, body);
    report::what_they_want(doc, body);
    report::your_story(doc, body);
    report::stories(doc, body);
    report::questions(doc, body);
    report::scripts(doc, body);
    report::questions_to_ask(doc, body);
    report::handout(doc, body);
    report::cheat_sheet(doc, body);

    body +=
        "<footer class=\"colophon\">Made on your own device by Interview Playbook. This file loads nothing from "
        "the internet and runs no scripts.</footer>\n</main>\n";
    const std::string title = "Interview playbook" + (name.empty() ? std::string() : " \u2014 " + name);
    return html_document(title, report_css(), body);
}

}  // namespace ip
