// JSON Resume files, through the same entry point as the app (the .json name
// makes any JSON object a JSON Resume; the depth check runs first).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ip::Knowledge& kb = ip::fuzz::knowledge();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    ip::ReadResume resume = ip::read_resume(kb, bytes, "resume.json", ip::fuzz::kToday);
    ip::fuzz::require_message(resume.ok, resume.error, "read_resume(.json)");
    return 0;
}
