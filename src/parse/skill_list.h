// Skill lists as resumes write them: "Languages: Java, Python, Go",
// "AWS (SQS, Lambda)", "Full-cycle sales · MEDDICC · Gong", one skill a line
// in a sidebar. Used for the skills section and for sidebar lines that a
// two-column layout mixed into the experience.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

struct ListedSkill {
    std::string name;      // canonical when the taxonomy knows it, else as written
    std::string category;  // taxonomy category, or "other"
};

// The items of a list line, label and brackets removed, in order.
std::vector<std::string> skill_list_items(const Knowledge& kb, const std::string& line);

// True when the line is a list of skills rather than a sentence, a title or a
// company. `sidebar` relaxes the test for lone names under a sidebar heading.
bool is_skill_list_line(const Knowledge& kb, const std::string& line, bool sidebar);

// Appends the skills a list line names. Items the taxonomy does not know are
// kept as written when `keep_unknown` and they are shaped like a skill.
void collect_listed_skills(const Knowledge& kb, const std::string& line, bool keep_unknown,
                           std::vector<ListedSkill>& out);

}  // namespace ip
