// Resume extraction from cleaned plain text (pasted, .txt/.md, or the text
// that the .docx and PDF readers rebuild).
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

// The cleaned text in reading order: a two-column layout that a paste
// interleaved line by line is put back column by column. The result is the
// resume's source text (the reference for `fact` spans): parse_resume_text()
// reorders interleaved columns itself, but only in this text is every bullet
// one contiguous run.
std::string resume_reading_order(const Knowledge& kb, const std::string& clean_text);

Candidate parse_resume_text(const Knowledge& kb, const std::string& clean_text, const std::string& today,
                            std::vector<std::string>& warnings);

// Derived fields shared by every resume reader (text, JSON Resume): years of
// experience from merged date ranges, seniority from titles and years, and
// the candidate's skill list with evidence ids.
void finish_candidate(const Knowledge& kb, const std::string& today, Candidate& c);

}  // namespace ip
