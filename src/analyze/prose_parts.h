// Facts the writers build on: a resume bullet as a fact span, the metric to
// lead with, the names of the candidate, the company and the theme, the value
// a line tests. No wording of our own: compose/spoken_parts.h says things.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/slot_template.h"
#include "model/rich_text.h"

namespace ip {

// The bullet as a verbatim fact span (excerpt), e.g. "Designed and built ...".
Span bullet_fact(const BulletRef& b, size_t max_chars = 110);

// The metric to lead with, verbatim; empty if none. For a scale theme the
// throughput and user numbers come first, otherwise deltas and percentages.
std::string lead_metric(const Bullet& b, const std::string& theme = "");

// Name of the company for prose: the known profile's name, else the JD's, else the generic profile's ("the company").
std::string company_display_name(const Analysis& a, const Playbook& doc);

// The candidate's name for prose: as written (a fact span) unless it is in
// capitals, which reads as shouting in a sentence ("JORDAN M. CHEN" -> "Jordan M. Chen", plain).
Span display_name(const Candidate& c);

// The first value of the company the text tests, or nullptr.
const ValueDef* value_for_text(const Knowledge& kb, const Analysis& a, const std::string& text);

// The main theme of a requirement for titles/probes; "results" when none.
std::string main_theme(const RequirementAssessment& ra, const BulletRef* b);

// True when the family's work is software (assets/register.json), so the
// engine may speak of production, deploys and architecture; a nurse's, a
// designer's or a PM's playbook uses the field-neutral wording instead.
bool software_register(const Knowledge& kb, const RoleFamily* family);

// "Can you ...?" probe for a theme, capitalised, in the register of the job's
// family (the theme's outside-software wording for a nurse or a designer);
// empty if the theme is unknown.
std::string theme_probe(const Knowledge& kb, const std::string& theme, const RoleFamily* family);

}  // namespace ip
