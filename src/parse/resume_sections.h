// A resume's sections: headings in any style ("EXPERIENCE", "Work History:",
// "Skills & Tools") and the lines under each, with a skills sidebar that a
// two-column layout interleaved into the experience put back where it goes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// The section a heading line opens (ResumeSection, from the words in
// assets/words.json), or nullopt when the line is not a heading.
std::optional<ResumeSection> resume_heading(const Knowledge& kb, const std::string& line);

// "Skills: Java, Go" -> Skills with "Java, Go" in `rest`; nullopt otherwise.
std::optional<ResumeSection> inline_heading(const Knowledge& kb, const std::string& line, std::string& rest);

struct SectionBlock {
    ResumeSection kind = ResumeSection::Header;
    std::string heading;             // the heading line as written
    std::vector<std::string> lines;  // cleaned lines, heading excluded
};

// Splits at the headings, after unweave_columns().
std::vector<SectionBlock> split_resume_sections(const Knowledge& kb, const std::vector<std::string>& lines);

// A two-column layout pasted as text interleaves the sidebar (contact,
// skills, education) with the experience, line by line. This puts the
// experience column first and the sidebar after it, each in its own order,
// so a bullet cut by sidebar lines is one run of text again. Lines of a
// resume that is not interleaved come back unchanged.
std::vector<std::string> unweave_columns(const Knowledge& kb, const std::vector<std::string>& lines);

}  // namespace ip
