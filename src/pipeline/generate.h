// The whole engine in one call: read -> analyze -> compose. Renderers
// (src/render/) then turn the document into HTML, Markdown, PNG or JSON.
#pragma once
#include <string>

#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

struct Inputs {
    std::string resume;           // raw bytes of the resume file or pasted text
    std::string resume_filename;  // helps detect the format; may be empty for pasted text
    std::string job;              // raw bytes of the job description
    std::string job_filename;
    std::string company;  // optional override; detected from the JD when empty
    std::string role;     // optional override; detected from the JD when empty
    std::string news;     // optional user note about recent company news
    std::string today;    // YYYY-MM-DD: resolves "Present" and fills `generated`
};

// The texts the extraction ran on, after format decoding and cleanup. Every
// `fact` span in the document occurs in one of them (after whitespace folding).
struct SourceTexts {
    std::string resume;
    std::string job;
};

struct GenerateResult {
    bool ok = false;
    std::string error;  // one readable line when !ok
    std::vector<std::string> warnings;
    // Phrasing keys that do not exist and template slots left unfilled (ProseWriter::problems);
    // empty unless the knowledge base and the writers disagree. Tests hold it empty.
    std::vector<std::string> template_problems;
    Playbook doc;
    SourceTexts sources;
};

GenerateResult generate_playbook(const Knowledge& kb, const Inputs& in);

}  // namespace ip
