#include "model/export_format.h"

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

}  // namespace ip
