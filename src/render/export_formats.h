// One function that renders any export of model/export_format.h, the table
// of every export the engine makes.
#pragma once
#include <string>

#include "model/export_format.h"
#include "model/playbook.h"

namespace ip {

struct ExportOptions {
    int scale = 2;    // PNG: 1 for screen, 2-3 for print
    bool a4 = false;  // PNG and PDF: US Letter when false
};

// The export's bytes; false with `error` set when it cannot be made (a font
// missing or unreadable). Fonts are read only by formats that need them.
bool render_export(const Playbook& doc, ExportFormat format, const std::string& font_regular,
                   const std::string& font_bold, const ExportOptions& opt, std::string& bytes, std::string& error);

}  // namespace ip
