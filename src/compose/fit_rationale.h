// One sentence per sub-score (skills, experience, culture) saying why it is what it is.
#pragma once
#include "analyze/analysis.h"
#include "analyze/score.h"
#include "knowledge/prose_writer.h"

namespace ip {

SubscoreNotes write_fit_rationale(const Knowledge& kb, const Playbook& doc, const Analysis& a, const ScoreFacts& f,
                                  ProseWriter& ph);

}  // namespace ip
