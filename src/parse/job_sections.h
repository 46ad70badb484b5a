// Job description headings: "Key job responsibilities", "Basic
// qualifications", "Nice to have", "What you'll do...", "A Typical Day:",
// benefits and equal-opportunity boilerplate to skip.
#pragma once
#include <optional>
#include <string>

#include "knowledge/knowledge.h"

namespace ip {

enum class JobSection { About, Responsibilities, Required, Preferred, Ignored };

// The section a heading line opens; nullopt when the line is not a heading.
std::optional<JobSection> job_heading(const Knowledge& kb, const std::string& line);

// Equal-opportunity, salary and benefits sentences, wherever they appear
// (kb.words: postings.boilerplate_cues).
bool is_job_boilerplate(const Knowledge& kb, const std::string& line);

}  // namespace ip
