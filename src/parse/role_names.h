// A role's title as the candidate says it: without an employment-type note
// ("Backend Engineer - part time", "Web Developer (Intern)" -> the title).
// Run after the years of experience and the seniority are read, which still
// see the notes. (The employer stays as written; its spoken form without the
// legal suffix is Knowledge::spoken_company_name.)
#pragma once
#include <string>

#include "knowledge/knowledge.h"

namespace ip {

std::string title_without_employment_note(const Knowledge& kb, const std::string& title);

}  // namespace ip
