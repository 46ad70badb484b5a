// The whole engine: generate_playbook on a resume and a job description, then
// the text exports. Input layout (tools/fuzz writes seeds this way):
//   byte 0                  picks the two file names (formats below)
//   resume bytes, kSeparator, job bytes
// Without a separator the whole input is the resume and the job is empty.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "model/document_json.h"
#include "pipeline/generate.h"
#include "render/render.h"

namespace {

constexpr std::string_view kSeparator = "\n%%JOB%%\n";
constexpr const char* kResumeNames[] = {"resume.txt",           "resume.md", "resume.docx", "resume.json",
                                        "resume.pdfitems.json", ""};
constexpr const char* kJobNames[] = {"job.txt", "job.md", "job.html", ""};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const ip::Knowledge& kb = ip::fuzz::knowledge();
    const uint8_t pick = data[0];
    std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    size_t cut = rest.find(kSeparator);

    ip::Inputs in;
    in.resume_filename = kResumeNames[pick % std::size(kResumeNames)];
    in.job_filename = kJobNames[(pick / std::size(kResumeNames)) % std::size(kJobNames)];
    in.resume = std::string(rest.substr(0, cut));
    if (cut != std::string_view::npos) in.job = std::string(rest.substr(cut + kSeparator.size()));
    in.today = ip::fuzz::kToday;

    ip::GenerateResult r = ip::generate_playbook(kb, in);
    ip::fuzz::require_message(r.ok, r.error, "generate_playbook");
    if (!r.ok) return 0;
    ip::render_markdown(r.doc);
    ip::render_html_report(r.doc);
    ip::render_handout_html(r.doc);
    ip::playbook_to_json(r.doc);
    return 0;
}
