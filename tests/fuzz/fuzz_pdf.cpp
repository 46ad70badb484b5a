// The PDF exports (report and handout) on whatever document the loader
// accepts: the layout, the glyph registry (any character, any number of
// them), the outlines and the file writer must survive any text, and what
// comes out must at least be framed as a PDF. Slower per run than the text
// exports, so a harness of its own (fuzz_playbook_json stays fast).
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_support.h"
#include "model/document_json.h"
#include "render/render.h"

namespace {

const std::string& font(const char* name) {
    static std::string regular, bold;
    std::string& out = std::string(name) == "ui-bold.otf" ? bold : regular;
    if (out.empty()) {
        std::ifstream in(std::string(IP_FONTS_DIR) + "/" + name, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        out = bytes.str();
        if (out.empty()) {
            std::fprintf(stderr, "fuzz: the bundled font %s is missing\n", name);
            std::abort();
        }
    }
    return out;
}

void require_pdf(const std::string& pdf, const std::string& error, const char* where) {
    ip::fuzz::require_message(!pdf.empty(), error, where);
    if (pdf.rfind("%PDF-1.7\n", 0) != 0 || pdf.size() < 16 || pdf.compare(pdf.size() - 6, 6, "%%EOF\n") != 0) {
        std::fprintf(stderr, "fuzz: %s did not write a framed PDF\n", where);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    ip::Playbook doc;
    std::string error;
    if (!ip::playbook_from_json(text, doc, error)) return 0;
    ip::PdfOptions opt;
    opt.a4 = size % 2 == 1;
    const std::string report = ip::render_report_pdf(doc, font("ui-regular.otf"), font("ui-bold.otf"), opt, error);
    require_pdf(report, error, "render_report_pdf");
    const std::string handout = ip::render_handout_pdf(doc, font("ui-regular.otf"), font("ui-bold.otf"), opt, error);
    require_pdf(handout, error, "render_handout_pdf");
    return 0;
}
