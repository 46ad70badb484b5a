// JSON Resume (schema 1.0.0) import into the candidate model.
#pragma once
#include <string>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

// `source_text` receives a plain-text rendering of the resume that contains
// every string the candidate model copies (the reference for `fact` spans).
bool json_resume_to_candidate(const Knowledge& kb, const std::string& json, const std::string& today, Candidate& out,
                              std::string& source_text, std::string& error);

}  // namespace ip
