// Which bullets become stories: strong bullets (numbers, scope, a senior verb)
// ranked by impact, relevance to the JD and the company's values, each given
// a theme no other story has.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

struct StoryPick {
    const BulletRef* bullet = nullptr;
    std::string theme;
};

// A bullet that can carry a story: it has a number, or a senior verb and some length.
bool is_strong_bullet(const Knowledge& kb, const BulletRef& b);

// At most 8 picks, best first.
std::vector<StoryPick> pick_story_bullets(const Knowledge& kb, const Analysis& a);

}  // namespace ip
