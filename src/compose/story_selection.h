// Which bullets become stories: strong bullets (numbers, scope, a senior verb)
// ranked by how much this job asks for what they prove, then impact and the
// company's values; each story is of the kind of work its bullet describes
// (assets/stories.json), and no kind takes more than two stories.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

struct StoryPick {
    const BulletRef* bullet = nullptr;
    const StoryKindDef* kind = nullptr;  // never null when the knowledge base has kinds
    std::string theme;                   // the main theme the story answers (the kind's first)
};

// A bullet that can carry a story: it has a number, or a senior verb and some length.
bool is_strong_bullet(const Knowledge& kb, const BulletRef& b);

// How much the job asks for what the bullet proves: the requirements it is
// evidence for, and the requirements that describe its kind of work.
double job_relevance(const Analysis& a, const BulletRef& b);

// At most 8 picks, best first; the strong bullet most relevant to the job is the first.
std::vector<StoryPick> pick_story_bullets(const Knowledge& kb, const Analysis& a);

}  // namespace ip
