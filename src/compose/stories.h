// STAR stories mined from resume bullets: facts marked fact, inferences draft,
// unknowns as fill-in blanks asking the exact missing detail.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

// Up to 8 stories, each anchored on a different bullet and drafted in the
// register of its bullet's kind of work; every drafted sentence is a draft span.
std::vector<Story> write_stories(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

// A blank STAR frame listing the company's values, for stories the resume
// does not hold yet.
StoryTemplate write_story_template(const Knowledge& kb, const Analysis& a);

// The story that best answers a question with these themes; empty if none.
std::string best_story_for(const Playbook& doc, const Analysis& a, const std::vector<std::string>& themes);

// How well a story on this bullet answers a question on this theme: 3 for its
// kind's main theme, 2 for another theme the kind answers, 1 for a theme the
// line only shows, else 0.
int story_answers(const BulletRef& b, const std::string& theme);

}  // namespace ip
