// The practice prompt under each likely question: self-contained text the
// user can paste into any AI assistant, naming the company, the role, who
// they are, the question, and the four points to be scored against.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::string practice_prompt(const Playbook& doc, const Analysis& a, const Question& q, ProseWriter& ph);

}  // namespace ip
