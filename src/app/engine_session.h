// The engine inside the app: the knowledge base (embedded at /assets),
// quick reads of the inputs for the "what we read" summaries, and the full
// generation. Plain C++ over the engine's own interfaces.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/inputs.h"
#include "knowledge/knowledge.h"
#include "pipeline/generate.h"

namespace ip::app {

// What the resume reader found, to show the user before generating.
struct ResumeSummary {
    bool ok = false;
    std::string error;  // why nothing could be read
    std::string name;
    std::string headline;
    std::vector<std::string> positions;  // "Senior Software Engineer, Microsoft (2022 – present)"
    std::vector<std::string> skills;     // canonical names, in the resume's order
    std::vector<std::string> warnings;
};

struct JobSummary {
    bool ok = false;
    std::string error;
    std::string company;  // as detected, "" when none
    std::string title;
    int requirements = 0;
    std::vector<std::string> warnings;
};

class EngineSession {
public:
    // Loads the knowledge base from `assets_dir`; false with `error` set when
    // it is missing or invalid.
    bool load(const std::string& assets_dir, std::string& error);
    bool loaded() const { return kb_ != nullptr; }

    ResumeSummary read_resume_summary(const Inputs& in, const std::string& today) const;
    JobSummary read_job_summary(const Inputs& in) const;

    // The text a file holds as the engine reads it (a .docx unzipped, a PDF's
    // items in reading order, HTML without markup). `ok` false and `text` the
    // reason when it cannot be read.
    struct FileText {
        bool ok = false;
        std::string text;
    };
    FileText resume_file_text(const std::string& bytes, const std::string& filename, const std::string& today) const;
    FileText job_file_text(const std::string& bytes, const std::string& filename) const;

    // The playbook. Never throws: a failure, even an exception deep in the
    // engine, comes back as `ok` false with a readable `error`.
    GenerateResult generate(const Inputs& in, const std::string& today) const;

    // Type-ahead lists: the knowledge base's companies (with their aliases)
    // and role families.
    const std::vector<std::string>& company_names() const { return company_names_; }
    const std::vector<std::string>& role_names() const { return role_names_; }

private:
    std::unique_ptr<Knowledge> kb_;
    std::vector<std::string> company_names_;
    std::vector<std::string> role_names_;
};

}  // namespace ip::app
