// STAR stories mined from resume bullets: facts marked fact, inferences draft,
// unknowns as fill-in blanks asking the exact missing detail.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

// Up to 8 stories, each anchored on a different bullet, no two on one theme.
std::vector<Story> write_stories(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

// A blank STAR frame listing the company's values, for stories the resume
// does not hold yet.
StoryTemplate write_story_template(const Knowledge& kb, const Analysis& a);

// The story that best answers a question with these themes; empty if none.
std::string best_story_for(const Playbook& doc, const Analysis& a, const std::vector<std::string>& themes);

}  // namespace ip
