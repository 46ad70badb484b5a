// Writing the playbook: pitches, stories, questions, gap scripts, curveballs,
// questions to ask, the 30/60/90 plan, the cheat sheet and the prep priority.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

// Reads doc.candidate, doc.job, doc.fit, doc.company (filled by analyze) and
// fills pitch, stories, questions, gap_scripts, curveballs, recovery_steps,
// questions_to_ask, plan, cheat_sheet, fit.priority and the prep paths.
// `news` is the user's optional note about recent company news; `a` is doc's
// analysis (build_analysis), the one analyze_fit read.
void compose_playbook(const Knowledge& kb, const std::string& news, const Analysis& a, Playbook& doc);

}  // namespace ip
