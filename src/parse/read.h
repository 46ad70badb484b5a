// The reading layer's entry points: bytes in, structured candidate / job out.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"
#include "model/job.h"

namespace ip {

enum class InputFormat { PlainText, Markdown, Docx, JsonResume, PdfItems, Html };

struct ReadResume {
    bool ok = false;
    std::string error;  // one line naming the problem
    std::vector<std::string> warnings;
    std::string source_text;  // cleaned text the extraction ran on
    Candidate candidate;
};

struct ReadJob {
    bool ok = false;
    std::string error;
    std::vector<std::string> warnings;
    std::string source_text;
    Job job;
};

// Detects the format from the content first, then the file name's extension.
InputFormat detect_format(const std::string& bytes, const std::string& filename);

// `today` is "YYYY-MM-DD"; it resolves "Present" for years of experience.
ReadResume read_resume(const Knowledge& kb, const std::string& bytes, const std::string& filename,
                       const std::string& today);
ReadJob read_job(const Knowledge& kb, const std::string& bytes, const std::string& filename);

}  // namespace ip
