// Building blocks for the analysis prose: quoting a JD line, a resume bullet
// in the candidate's own words, and the value a line tests.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "model/rich_text.h"

namespace ip {

// The bullet as a verbatim fact span (excerpt), e.g. "Designed and built ...".
Span bullet_fact(const BulletRef& b, size_t max_chars = 110);

// "you designed" (plain) + " and built distributed microservices ..." (fact):
// the bullet in second person without altering the quoted words.
Rich you_did(const Knowledge& kb, const BulletRef& b, size_t max_chars = 110);

// The strongest metric in a bullet, verbatim; empty if none.
std::string lead_metric(const Bullet& b);

// Name of the company for prose: the known profile's name, else the JD's, else "the company".
std::string company_display_name(const Analysis& a, const Playbook& doc);

// The first value of the company the text tests, or nullptr.
const ValueDef* value_for_text(const Knowledge& kb, const Analysis& a, const std::string& text);

// The main theme of a requirement for titles/probes; "results" when none.
std::string main_theme(const RequirementAssessment& ra, const BulletRef* b);

// "Can you ...?" probe for a theme, capitalised; empty if the theme is unknown.
std::string theme_probe(const Knowledge& kb, const std::string& theme);

}  // namespace ip
