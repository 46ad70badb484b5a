// Positioned PDF text items (docs/pdf-items.md) rebuilt into reading order:
// columns, rows, cells, fonts. Called directly so each run stays short.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/pdf_items.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::string text;
    std::string error;
    bool ok = ip::pdf_items_to_text(bytes, text, error);
    ip::fuzz::require_message(ok, error, "pdf_items_to_text");
    return 0;
}
