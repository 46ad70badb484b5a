// Markdown resumes and job descriptions (.md): headings, emphasis, lists.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ip::Knowledge& kb = ip::fuzz::knowledge();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    ip::ReadResume resume = ip::read_resume(kb, bytes, "resume.md", ip::fuzz::kToday);
    ip::fuzz::require_message(resume.ok, resume.error, "read_resume(.md)");
    ip::ReadJob job = ip::read_job(kb, bytes, "job.md");
    ip::fuzz::require_message(job.ok, job.error, "read_job(.md)");
    return 0;
}
