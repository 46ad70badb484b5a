// What one job-description line asks for: years ("5+ years" -> 5), a
// degree, and the competency it tests (technical, leadership,
// communication, domain, education, values).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/job.h"

namespace ip {

// The years of experience a line asks for; nullopt when it names none.
std::optional<int> years_asked(const std::string& text);

// "bachelor", "master" or "phd": the lowest degree the line accepts.
std::optional<std::string> degree_asked(const std::string& text);

// technical|leadership|communication|domain|education|values
std::string competency_of(const std::string& text, const std::vector<std::string>& skills);

// The logistics topic of a line about the terms of the job ("Full-time",
// "Must be willing to relocate", "Travel up to 25%", "Salary $64,000 - $79,000");
// nullopt for a line about the work itself.
std::optional<LogisticsTopic> logistics_topic(const Knowledge& kb, const std::string& text);

// What the line asks: logistics when it has a topic, experience when it
// names years, education when it names a degree, credential when it asks
// for a licence or certification, else a skill.
RequirementAsk requirement_ask(const Knowledge& kb, const Requirement& r);

// "... is a plus", "(preferred)", "nice to have", "ideally": a line that
// marks itself preferred inside a required list.
bool marks_itself_preferred(const Knowledge& kb, const std::string& text);

}  // namespace ip
