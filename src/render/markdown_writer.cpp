#include "core/text.h"
#include "render/markdown_parts.h"
#include "render/markdown_text.h"
#include "render/render.h"
#include "render/wording.h"

namespace ip {

namespace markdown {

void MarkdownWriter::heading(int level, const std::string& text) {
    out_ += std::string(static_cast<size_t>(level), '#') + " " + md_escape(text) + "\n\n";
}

void MarkdownWriter::section(int number) {
    const SectionInfo& s = report_section(number);
    heading(2, std::to_string(number) + ". " + s.title);
    note(s.subtitle);
}

void MarkdownWriter::contents() {
    label("Contents");
    std::vector<std::string> items;
    for (const auto& s : report_sections()) items.push_back(md_escape(s.title) + " \u2014 " + md_escape(s.blurb));
    list(items, true);
}

void MarkdownWriter::note(const std::string& text) { para(md_italic(md_escape(text))); }

void MarkdownWriter::para(const std::string& md) {
    if (trim(md).empty()) return;
    out_ += md_line_start(trim(md)) + "\n\n";
}

void MarkdownWriter::rich(const Rich& r) { para(rich_md(r)); }

void MarkdownWriter::label(const std::string& text) { out_ += "**" + md_escape(text) + "**\n\n"; }

void MarkdownWriter::list(const std::vector<std::string>& md_items, bool numbered) {
    int n = 0;
    for (const auto& item : md_items) {
        if (trim(item).empty()) continue;
        ++n;
        out_ += (numbered ? std::to_string(n) + ". " : std::string("- ")) + trim(item) + "\n";
    }
    if (n > 0) out_ += "\n";
}

void MarkdownWriter::rich_list(const std::vector<Rich>& items) {
    std::vector<std::string> md;
    for (const auto& r : items) md.push_back(rich_md(r));
    list(md);
}

void Writer::text_list(const std::vector<std::string>& items) {
    std::vector<std::string> md;
    for (const auto& t : items) md.push_back(md_escape(t));
    list(md);
}

void MarkdownWriter::quote(const std::string& md) {
    if (!trim(md).empty()) out_ += "> " + trim(md) + "\n\n";
}

void MarkdownWriter::table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& md_rows) {
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

void write_playbook(const Playbook& doc, Writer& w) {
    const std::string name = trim(doc.candidate.name.value_or(""));
    w.heading(1, name.empty() ? "Interview playbook" : "Interview playbook: " + name);
    std::vector<std::string> meta;
    if (role_phrase(doc) != "this role") meta.push_back(md_escape(role_phrase(doc)));
    if (!doc.generated.empty()) meta.push_back("Prepared " + md_escape(long_date(doc.generated)));
    w.para(join(meta, " \u00B7 "));
    w.quote(
        "How to read this file: _italic text_ is a draft to check, [__bracketed prompts__] are details only you "
        "can fill in, and everything else is quoted from your resume or written for you.");
    w.contents();

    prep_and_fit(doc, w);
    company_and_story(doc, w);
    stories_and_questions(doc, w);
    scripts_and_asks(doc, w);
    handout_and_cheat(doc, w);
}

}  // namespace markdown

std::string render_markdown(const Playbook& doc) {
    markdown::MarkdownWriter w;
    markdown::write_playbook(doc, w);
    return w.str();
}

std::string render_markdown_section(const Playbook& doc, int number) {
    // Only sections write level-2 headings, and no other line can start with
    // "#" (md_line_start escapes it), so the headings mark the cut exactly.
    const std::string md = render_markdown(doc);
    const size_t start = md.find("\n## " + std::to_string(number) + ". ");
    if (start == std::string::npos) return "";
    const size_t end = md.find("\n## ", start + 1);
    return md.substr(start + 1, end == std::string::npos ? std::string::npos : end + 1 - (start + 1));
}

}  // namespace ip
