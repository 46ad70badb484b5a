// The interview process in the company section, with the job family's own
// rounds (assets/roles.json): for a company we know nothing about, every
// round and what it tests instead of a loop written for every field at once;
// for a known company, its own loop and then the field's signature rounds.
#pragma once
#include <vector>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"
#include "model/playbook.h"

namespace ip {

// Unknown company: one line per round ("Demo lesson: a short lesson taught
// to a panel ..."). Known company: its process plus one line naming the
// signature rounds. Empty when there is nothing to add (no family, or a known
// company's family without signature rounds).
std::vector<Rich> family_interview_process(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                           ProseWriter& ph);

}  // namespace ip
