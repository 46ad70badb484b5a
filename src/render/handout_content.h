// What the one-page handout shows, taken from the document once so the HTML
// handout and the PNG handout cannot drift apart. The handout is a
// leave-behind: it carries the candidate's name and no product branding.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/playbook.h"
#include "render/wording.h"

namespace ip {

struct HandoutColumn {
    const PlanPhaseLabels* labels = nullptr;
    std::vector<Rich> focus;      // a fill-in prompt when the plan has none
    std::vector<Rich> second;     // may be empty
    std::vector<Rich> milestone;  // a fill-in prompt when the plan has none
};

struct HandoutStory {
    std::string title;
    std::string question;  // may be empty
};

struct HandoutContent {
    Rich name;            // the candidate's name, or a fill-in prompt
    std::string contact;  // headline, location, email, phone, links
    std::string plan_title;
    Rich pitch;  // may be empty
    std::array<HandoutColumn, 3> columns;
    std::vector<Rich> selling_points;
    std::vector<HandoutStory> stories;
};

HandoutContent handout_content(const Playbook& doc);

}  // namespace ip
