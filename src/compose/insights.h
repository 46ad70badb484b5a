// Hidden priorities (what the JD and the company weigh more than the list
// says) and the mistakes this candidate is most likely to make.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<TitledRich> hidden_priorities(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);
std::vector<TitledRich> likely_mistakes(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
