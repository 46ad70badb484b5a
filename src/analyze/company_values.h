// The target company and where the resume and the JD show its values.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

// The company's profile, or the generic one when it is not in the knowledge base.
const CompanyDef* resolve_company(const Knowledge& kb, const std::string& name);

std::vector<ValueAssessment> assess_values(const Knowledge& kb, const CompanyDef& company, const Playbook& doc,
                                           const Analysis& a);

// Values a piece of text tests: the ones it names or whose signals or themes it
// shares, strongest first (at most `limit`).
std::vector<size_t> values_tested_by(const Knowledge& kb, const CompanyDef& company, const std::string& text,
                                     size_t limit);

}  // namespace ip
