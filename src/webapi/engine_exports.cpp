// The exports of the engine-only WebAssembly module (cmake/web_engine.cmake),
// the boundary web/engine.js calls: JSON text in, JSON text (or export bytes)
// out. Every returned buffer is malloc'd and freed by the caller with _free.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "webapi/engine_service.h"

namespace {

// The knowledge base and fonts are embedded in the module at these paths.
ip::webapi::EngineService& service() {
    static ip::webapi::EngineService instance("/assets", "/fonts");
    return instance;
}

unsigned char* copy_out(const std::string& bytes) {
    auto* out = static_cast<unsigned char*>(std::malloc(bytes.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, bytes.data(), bytes.size());
    out[bytes.size()] = 0;
    return out;
}

char* copy_string(const std::string& text) { return reinterpret_cast<char*>(copy_out(text)); }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE char* ip_engine_generate(const char* request) {
    return copy_string(service().generate(request ? request : ""));
}

EMSCRIPTEN_KEEPALIVE char* ip_engine_read_resume_text(const char* request) {
    return copy_string(service().read_resume_text(request ? request : ""));
}

EMSCRIPTEN_KEEPALIVE char* ip_engine_info() { return copy_string(service().info()); }

EMSCRIPTEN_KEEPALIVE char* ip_engine_exports() { return copy_string(ip::webapi::EngineService::exports()); }

// Returns the export's bytes with their length in *size and 1 in *ok, or the
// error message (UTF-8) with 0 in *ok.
EMSCRIPTEN_KEEPALIVE unsigned char* ip_engine_render(const char* format, const char* playbook_json,
                                                     const char* options_json, int* size, int* ok) {
    const ip::webapi::Rendered r = service().render(format ? format : "", playbook_json ? playbook_json : "",
                                                    options_json ? options_json : "");
    const std::string& bytes = r.ok ? r.bytes : r.error;
    *size = static_cast<int>(bytes.size());
    *ok = r.ok ? 1 : 0;
    return copy_out(bytes);
}

}  // extern "C"
