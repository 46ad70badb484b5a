// A resume's sections: headings in any style ("EXPERIENCE", "Work History:",
// "Skills & Tools") and the lines under each, with a skills sidebar that a
// two-column layout interleaved into the experience put back where it goes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

enum class ResumeSection { Header, Summary, Experience, Education, Skills, Languages, Certifications, Projects, Other };

// The section a heading line opens, or nullopt when the line is not a heading.
std::optional<ResumeSection> resume_heading(const std::string& line);

// "Skills: Java, Go" -> Skills with "Java, Go" in `rest`; nullopt otherwise.
std::optional<ResumeSection> inline_heading(const std::string& line, std::string& rest);

struct SectionBlock {
    ResumeSection kind = ResumeSection::Header;
    std::string heading;             // the heading line as written
    std::vector<std::string> lines;  // cleaned lines, heading excluded
};

std::vector<SectionBlock> split_resume_sections(const Knowledge& kb, const std::vector<std::string>& lines);

}  // namespace ip
