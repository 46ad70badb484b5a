// The exports the playbook screen offers (model/export_format.h), as files
// ready to download: named after the candidate and the company, each made
// from the document with the user's answers applied (see fill_answers.h).
#pragma once
#include <string>

#include "model/playbook.h"
#include "render/export_formats.h"

namespace ip::app {

struct ExportFile {
    bool ok = false;
    std::string error;
    std::string filename;  // "Jordan-Chen-Amazon-playbook.html"
    std::string mime_type;
    std::string bytes;
};

// A name as a person writes it: "JORDAN M. CHEN" -> "Jordan M. Chen"
// (resumes often set the name in capitals); other names are kept as they are.
std::string display_name(const std::string& name);

// "Jordan-Chen-Amazon": the candidate's first and last name and the company,
// safe in a file name on every system; "Interview" when both are missing.
std::string export_basename(const Playbook& doc);

// `font_regular` / `font_bold`: the bundled fonts' bytes (PNG and PDF);
// `a4`: the paper for PNG and PDF (US Letter when false).
ExportFile make_export(const Playbook& doc, ExportFormat format, const std::string& font_regular,
                       const std::string& font_bold, bool a4);

// Whether a browser language tag ("en-US", "de", "es-MX") belongs where
// US Letter is the usual paper (the Americas that use it, and the
// Philippines); elsewhere A4.
bool letter_paper_locale(const std::string& language_tag);

}  // namespace ip::app
