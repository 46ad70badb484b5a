// Referring to the job description in prose: the team by its own name, and
// the JD lines the composer quotes (responsibilities first).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "model/rich_text.h"

namespace ip {

// "the " + "Search & Discovery" (fact) + " team"; plain "the team" when the JD names none.
Rich team_ref(const Knowledge& kb, const Job& job);

// Requirement assessments the composer can quote as work to be done: the
// responsibilities in JD order, then required lines that are not credentials
// (years, degrees), skipping ids in `skip`.
std::vector<const RequirementAssessment*> work_lines(const Analysis& a, const std::set<std::string>& skip = {});

// The work a JD line names, as a person would say it: the line without its
// lead verbs and trailing clauses ("Design, build, and maintain highly scalable
// distributed systems that power search" -> "highly scalable distributed
// systems"), verbatim as a fact span. A line that does not reduce to a short
// phrase gives the requirement's topic instead (plain), never a cut line.
Rich spoken_work(const Knowledge& kb, const RequirementAssessment& ra);

// True when the requirement shows any of the themes.
bool shows_theme(const RequirementAssessment& r, std::initializer_list<const char*> themes);

}  // namespace ip
