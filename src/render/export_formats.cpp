#include "render/export_formats.h"

#include <vector>

#include "model/document_json.h"
#include "render/render.h"

namespace ip {

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
