#include "render/export_formats.h"

#include <vector>

#include "model/document_json.h"
#include "render/render.h"

namespace ip {

const std::array<ExportFormatInfo, 7>& export_formats() {
    static const std::array<ExportFormatInfo, 7> table = {{
        {ExportFormat::ReportHtml, "html", "text/html;charset=utf-8", "-playbook.html", false, false},
        {ExportFormat::HandoutHtml, "handout-html", "text/html;charset=utf-8", "-handout.html", false, false},
        {ExportFormat::HandoutPng, "png", "image/png", "-handout.png", true, true},
        {ExportFormat::Json, "json", "application/json", "-playbook.json", false, false},
        {ExportFormat::Markdown, "md", "text/markdown;charset=utf-8", "-playbook.md", false, false},
        {ExportFormat::ReportPdf, "pdf", "application/pdf", "-playbook.pdf", true, true},
        {ExportFormat::HandoutPdf, "handout-pdf", "application/pdf", "-handout.pdf", true, true},
    }};
    return table;
}

const ExportFormatInfo& export_format_info(ExportFormat format) {
    for (const auto& f : export_formats())
        if (f.format == format) return f;
    return export_formats()[0];
}

const ExportFormatInfo* find_export_format(std::string_view id) {
    for (const auto& f : export_formats())
        if (id == f.id) return &f;
    return nullptr;
}

std::string export_format_ids() {
    std::string out;
    const auto& all = export_formats();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i > 0) out += i + 1 == all.size() ? " or " : ", ";
        out += all[i].id;
    }
    return out;
}

bool render_export(const Playbook& doc, ExportFormat format, const std::string& font_regular,
                   const std::string& font_bold, const ExportOptions& opt, std::string& bytes, std::string& error) {
    const PdfOptions pdf{opt.a4};
    switch (format) {
        case ExportFormat::ReportHtml: bytes = render_html_report(doc); break;
        case ExportFormat::HandoutHtml: bytes = render_handout_html(doc); break;
        case ExportFormat::Json: bytes = playbook_to_json(doc); break;
        case ExportFormat::Markdown: bytes = render_markdown(doc); break;
        case ExportFormat::HandoutPng: {
            PngOptions png;
            png.scale = opt.scale;
            png.a4 = opt.a4;
            const std::vector<uint8_t> data = render_handout_png(doc, font_regular, font_bold, png, error);
            bytes.assign(data.begin(), data.end());
            break;
        }
        case ExportFormat::ReportPdf: bytes = render_report_pdf(doc, font_regular, font_bold, pdf, error); break;
        case ExportFormat::HandoutPdf: bytes = render_handout_pdf(doc, font_regular, font_bold, pdf, error); break;
    }
    if (bytes.empty() && error.empty()) error = "the export came out empty";
    return !bytes.empty();
}

}  // namespace ip
