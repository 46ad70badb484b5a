// Questions to ask each interviewer: recruiter, hiring manager, peers,
// executives and the company's special interviewer (e.g. the Bar Raiser).
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

QuestionsToAsk write_questions_to_ask(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
