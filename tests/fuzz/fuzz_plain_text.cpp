// Plain text as pasted or opened from a .txt file, read as a resume and as a
// job description (content sniffing may still route it to another reader).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "parse/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ip::Knowledge& kb = ip::fuzz::knowledge();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    ip::ReadResume resume = ip::read_resume(kb, bytes, "resume.txt", ip::fuzz::kToday);
    ip::fuzz::require_message(resume.ok, resume.error, "read_resume(.txt)");
    ip::ReadJob job = ip::read_job(kb, bytes, "job.txt");
    ip::fuzz::require_message(job.ok, job.error, "read_job(.txt)");
    return 0;
}
