// The 12 likely questions: mix by role family, level and company; some
// anchored in the resume, some in the JD, some from the bank (assets/questions).
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

// Reads doc.stories (for "prepare with story sN").
std::vector<Question> write_questions(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
