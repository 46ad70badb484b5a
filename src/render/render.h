// Exporters. Each reads only the playbook document.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip {

std::string render_markdown(const Playbook& doc);
// One of the ten sections (1..10) as Markdown, from its "## N. Title" to the
// next section; "" for another number.
std::string render_markdown_section(const Playbook& doc, int number);
// One self-contained HTML file: inline CSS, strict CSP, no scripts, no network.
std::string render_html_report(const Playbook& doc);
// The one-page leave-behind handout as standalone HTML.
std::string render_handout_html(const Playbook& doc);

struct PngOptions {
    int scale = 2;    // 1 for screen, 2-3 for print
    bool a4 = false;  // US Letter when false
};
// The handout drawn by the engine itself (stb_truetype + stb_image_write).
// `font_ttf` / `font_bold_ttf` are the bundled fonts' bytes. Returns PNG bytes;
// empty with `error` set on failure.
std::vector<uint8_t> render_handout_png(const Playbook& doc, const std::string& font_ttf,
                                        const std::string& font_bold_ttf, const PngOptions& opt, std::string& error);

struct PdfOptions {
    bool a4 = false;  // US Letter when false
};
// The full report as a PDF: real, selectable text in the bundled fonts
// (embedded, only the glyphs used), bookmarks for the ten sections, contents
// links, page numbers, the fit gauge and bars as vector drawing. Returns the
// file's bytes; empty with `error` set when a font cannot be read.
std::string render_report_pdf(const Playbook& doc, const std::string& font_ttf, const std::string& font_bold_ttf,
                              const PdfOptions& opt, std::string& error);
// The one-page handout as a PDF, laid out exactly as the PNG handout.
std::string render_handout_pdf(const Playbook& doc, const std::string& font_ttf, const std::string& font_bold_ttf,
                               const PdfOptions& opt, std::string& error);

}  // namespace ip
