// The four exports the playbook screen offers, as files ready to download:
// the HTML report, the printable handout (HTML), the handout as a PNG and
// the JSON document. Each is made from the document with the user's answers
// applied (see fill_answers.h).
#pragma once
#include <string>

#include "model/playbook.h"

namespace ip::app {

enum class ExportFormat { Report, Handout, HandoutPng, Json };

struct ExportFile {
    bool ok = false;
    std::string error;
    std::string filename;  // "Jordan-Chen-Amazon-playbook.html"
    std::string mime_type;
    std::string bytes;
};

// The embedding protocol's name for the format: html, handout-html, png, json.
const char* export_format_id(ExportFormat format);

// A name as a person writes it: "JORDAN M. CHEN" -> "Jordan M. Chen"
// (resumes often set the name in capitals); other names are kept as they are.
std::string display_name(const std::string& name);

// "Jordan-Chen-Amazon": the candidate's first and last name and the company,
// safe in a file name on every system; "Interview" when both are missing.
std::string export_basename(const Playbook& doc);

// `font_regular` / `font_bold`: the bundled fonts' bytes (the PNG only).
ExportFile make_export(const Playbook& doc, ExportFormat format, const std::string& font_regular,
                       const std::string& font_bold);

}  // namespace ip::app
