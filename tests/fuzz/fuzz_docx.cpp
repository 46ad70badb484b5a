// The .docx reader on its own: zip directory, DEFLATE, CRC, the document
// XML. Calling docx_to_text directly keeps each run short, so libFuzzer gets
// deep into the container format; fuzz_pipeline covers what comes after.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/docx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::string text;
    std::string error;
    bool ok = ip::docx_to_text(bytes, text, error);
    ip::fuzz::require_message(ok, error, "docx_to_text");
    return 0;
}
