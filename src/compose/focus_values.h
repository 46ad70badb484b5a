// The company values a playbook leans on: the ones this JD names or signals
// first, then the ones the resume already shows, then the rest, in the
// company's own order. Questions, questions to ask, the plan and the cheat
// sheet all draw from this one ranking so they tell the same story.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

struct FocusValue {
    const ValueDef* def = nullptr;
    const ValueAssessment* assessment = nullptr;
    bool in_job = false;     // the JD names or signals it
    bool in_resume = false;  // some bullet signals it
};

std::vector<FocusValue> focus_values(const Analysis& a);

// What the company calls its values, for prose: "Leadership Principles",
// "core values" (lower-case unless it is a name); "values" when unknown.
std::string values_name(const CompanyDef& company);

// The first value sharing a theme with `themes`, or nullptr.
const FocusValue* value_for_themes(const std::vector<FocusValue>& values, const std::vector<std::string>& themes);

}  // namespace ip
