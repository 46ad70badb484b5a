// A job posting saved from the web (.html): markup, entities, scripts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ip::Knowledge& kb = ip::fuzz::knowledge();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    ip::ReadJob job = ip::read_job(kb, bytes, "job.html");
    ip::fuzz::require_message(job.ok, job.error, "read_job(.html)");
    return 0;
}
