// Every export the engine makes, in one table: the id the command line, the
// engine API (web/engine.js) and the embedding protocol use, the file's MIME
// type and name (its extension), and whether it is bytes. The app's export
// menu offers these; render/export_formats.h renders them. A new export is
// added here once.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ip {

enum class ExportFormat : uint8_t { ReportHtml, HandoutHtml, HandoutPng, Json, Markdown, ReportPdf, HandoutPdf };

struct ExportFormatInfo {
    ExportFormat format;
    const char* id;           // "html", "handout-html", "png", "json", "md", "pdf", "handout-pdf"
    const char* mime_type;    // "application/pdf"
    const char* file_suffix;  // after the file's base name: "-playbook.pdf"
    bool binary;              // bytes (PNG, PDF) rather than UTF-8 text
    bool needs_fonts;         // drawn by the engine with the bundled fonts
};

const std::array<ExportFormatInfo, 7>& export_formats();
const ExportFormatInfo& export_format_info(ExportFormat format);
// nullptr for an unknown id.
const ExportFormatInfo* find_export_format(std::string_view id);
// "html, handout-html, png, json, md, pdf or handout-pdf", for messages.
std::string export_format_ids();

}  // namespace ip
