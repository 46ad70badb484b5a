// The boundary the browser and the embedding API call (src/webapi): JSON
// requests in, JSON replies out. The input is used three ways: as a generate
// request, as a read-text request, and as the playbook handed to render
// (a text export) with fixed options -- then fixed playbook-less render calls
// with the input as the options.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "webapi/engine_service.h"

namespace {

ip::webapi::EngineService& service() {
    static ip::webapi::EngineService instance(IP_SOURCE_ASSETS_DIR, IP_FONTS_DIR);
    return instance;
}

void require_reply(const std::string& reply, const char* where) {
    if (reply.empty() || reply.front() != '{') {
        std::fprintf(stderr, "fuzz: %s replied with something that is not a JSON object\n", where);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    require_reply(service().generate(text), "generate");
    require_reply(service().read_resume_text(text), "read_resume_text");
    const char* formats[] = {"md", "html", "handout-html", "json", "nonsense"};
    const ip::webapi::Rendered r = service().render(formats[size % std::size(formats)], text, "");
    ip::fuzz::require_message(r.ok, r.error, "render");
    const ip::webapi::Rendered options = service().render("png", "{}", text);
    ip::fuzz::require_message(options.ok, options.error, "render options");
    return 0;
}
