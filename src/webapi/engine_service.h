// The engine behind the JavaScript API (web/engine.js). Requests and replies
// are JSON text, so any JavaScript host -- a page, a worker, Node -- drives
// the whole engine through a handful of C functions (engine_exports.cpp).
// Portable C++: no Emscripten includes here.
//
// A request names the inputs of generate_playbook():
//   {"resume": "text", "resume_base64": "...", "resume_filename": "cv.docx",
//    "job": "text", "job_base64": "...", "job_filename": "jd.html",
//    "company": "", "role": "", "news": "", "today": "YYYY-MM-DD"}
// Text goes in "resume"/"job"; binary files (.docx) in the *_base64 keys.
// Every reply is a JSON object; a failure is {"error": "one readable line"}.
#pragma once
#include <memory>
#include <string>

#include "knowledge/knowledge.h"

namespace ip::webapi {

struct Rendered {
    bool ok = false;
    std::string bytes;  // the export (UTF-8 text, or PNG or PDF bytes)
    std::string error;  // one line when !ok
};

class EngineService {
public:
    // The knowledge base (assets/ layout) and the two handout fonts
    // (ui-regular.otf, ui-bold.otf) are read from these folders on first use.
    EngineService(std::string assets_dir, std::string fonts_dir);

    // {"playbook": {...}, "warnings": [...]} or {"error": "...", "warnings": [...]}.
    std::string generate(const std::string& request);

    // The text the engine reads from the request's resume (a .docx unzipped,
    // PDF items put in reading order, markup removed):
    // {"text": "...", "format": "pdf-items", "warnings": [...]} or {"error": "..."}.
    std::string read_resume_text(const std::string& request);

    // format: an id of model/export_format.h: "html" (report), "handout-html",
    // "md", "png" (handout), "json", "pdf" (report), "handout-pdf".
    // options (may be empty): {"scale": 2} for "png", {"a4": false} for "png",
    // "pdf" and "handout-pdf".
    Rendered render(const std::string& format, const std::string& playbook_json, const std::string& options_json);

    // {"schema": "playbook/1", "formats": ["html", ...], "exports": [{"id": "pdf",
    // "type": "application/pdf", "binary": true}, ...], "knowledge": "ok" | "<error>"}.
    std::string info();
    // The export formats alone, without loading anything:
    // [{"id": "pdf", "type": "application/pdf", "binary": true}, ...].
    static std::string exports();

private:
    const Knowledge* knowledge(std::string& error);
    bool load_fonts(std::string& error);

    std::string assets_dir_;
    std::string fonts_dir_;
    std::unique_ptr<Knowledge> knowledge_;
    std::string knowledge_error_;
    std::string font_regular_;
    std::string font_bold_;
};

}  // namespace ip::webapi
