// The interview process shown for a company we know nothing about: the
// job family's own rounds (assets/roles.json) and what each tests, instead
// of a loop written for every field at once.
#pragma once
#include <vector>

#include "analyze/analysis.h"
#include "core/prose_writer.h"
#include "model/playbook.h"

namespace ip {

// One line per round of the job's family ("Demo lesson: a short lesson
// taught to a panel ..."); empty when the company is known (its own process
// stands) or the family lists no rounds.
std::vector<Rich> family_interview_process(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                           ProseWriter& ph);

}  // namespace ip
