// The playbook document loader (a saved playbook opened again, or a document
// handed to the embedding API's render) and the text exporters that read
// whatever it accepted. The PNG handout is left to the pipeline tests: one
// raster page per run would slow the search a hundredfold.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "model/document_json.h"
#include "render/render.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    ip::Playbook doc;
    std::string error;
    bool ok = ip::playbook_from_json(text, doc, error);
    ip::fuzz::require_message(ok, error, "playbook_from_json");
    if (!ok) return 0;
    ip::render_markdown(doc);
    ip::render_html_report(doc);
    ip::render_handout_html(doc);
    ip::playbook_to_json(doc);
    return 0;
}
