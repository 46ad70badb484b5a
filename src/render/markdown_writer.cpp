#include "core/text.h"
#include "render/markdown_parts.h"
#include "render/markdown_text.h"
#include "render/render.h"
#include "render/wording.h"

namespace ip {

namespace markdown {

void Writer::heading(int level, const std::string& text) {
    out_ += std::string(static_cast<size_t>(level), '#') + " " + md_escape(text) + "\n\n";
}

void Writer::section(int number) {
    const SectionInfo& s = report_section(number);
    heading(2, std::to_string(number) + ". " + s.title);
    para(md_italic(md_escape(s.subtitle)));
}

void Writer::para(const std::string& md) {
    if (trim(md).empty()) return;
    out_ += md_line_start(trim(md)) + "\n\n";
}

void Writer::rich(const Rich& r) { para(rich_md(r)); }

void Writer::label(const std::string& text) { out_ += "**" + md_escape(text) + "**\n\n"; }

void Writer::list(const std::vector<std::string>& md_items, bool numbered) {
    int n = 0;
    for (const auto& item : md_items) {
        if (trim(item).empty()) continue;
        ++n;
        out_ += (numbered ? std::to_string(n) + ". " : std::string("- ")) + trim(item) + "\n";
    }
    if (n > 0) out_ += "\n";
}

void Writer::rich_list(const std::vector<Rich>& items) {
    std::vector<std::string> md;
    for (const auto& r : items) md.push_back(rich_md(r));
    list(md);
}

void Writer::text_list(const std::vector<std::string>& items) {
    std::vector<std::string> md;
    for (const auto& t : items) md.push_back(md_escape(t));
    list(md);
}

void Writer::quote(const std::string& md) {
    if (!trim(md).empty()) out_ += "> " + trim(md) + "\n\n";
}

void Writer::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& md_rows) {
    std::string sep = "|";
    out_ += "|";
    for (const auto& h : header) {
        out_.append(" ").append(md_escape(h)).append(" |");
        sep += " --- |";
    }
    out_ += "\n" + sep + "\n";
    for (const auto& row : md_rows) {
        out_ += "|";
        for (const auto& cell : row)
            out_.append(" ").append(trim(cell).empty() ? std::string("\u2014") : md_cell(trim(cell))).append(" |");
        out_ += "\n";
    }
    out_ += "\n";
}

}  // namespace markdown

std::string render_markdown(const Playbook& doc) {
    markdown::Writer w;
    const std::string name = trim(doc.candidate.name.value_or(""));
    w.heading(1, name.empty() ? "Interview playbook" : "Interview playbook: " + name);
    std::vector<std::string> meta;
    if (role_phrase(doc) != "this role") meta.push_back(md_escape(role_phrase(doc)));
    if (!doc.generated.empty()) meta.push_back("Prepared " + md_escape(long_date(doc.generated)));
    w.para(join(meta, " \u00B7 "));
    w.quote(
        "How to read this file: _italic text_ is a draft to check, [__bracketed prompts__] are details only you "
        "can fill in, and everything else is quoted from your resume or written for you.");
    w.label("Contents");
    std::vector<std::string> contents;
    for (const auto& s : report_sections()) contents.push_back(md_escape(s.title) + " \u2014 " + md_escape(s.blurb));
    w.list(contents, true);

    markdown::prep_and_fit(doc, w);
    markdown::company_and_story(doc, w);
    markdown::stories_and_questions(doc, w);
    markdown::scripts_and_asks(doc, w);
    markdown::handout_and_cheat(doc, w);
    return w.str();
}

}  // namespace ip
