// The parts of the playbook a site that embeds the app can hide, by their
// names in the embed protocol (docs/embedding.md), and which of the ten
// sections each belongs to. A section whose every part is hidden is left out
// of the navigation; section 1, the overview, always stays.
#pragma once
#include <bitset>
#include <string>
#include <vector>

namespace ip::app {

enum class Part {
    Fit,               // section 2 and the score card of section 1
    Decode,            // section 3
    Company,           // section 3
    HiddenPriorities,  // section 3
    Mistakes,          // section 3
    Pitch,             // section 4
    Stories,           // section 5
    Questions,         // section 6
    GapScripts,        // section 7
    Curveballs,        // section 7
    QuestionsToAsk,    // section 8
    Plan,              // section 9, the handout
    CheatSheet,        // section 10
    Count
};

class HiddenParts {
public:
    // Unknown names are ignored.
    static HiddenParts from_names(const std::vector<std::string>& names);

    bool hides(Part part) const { return hidden_.test(static_cast<size_t>(part)); }
    bool any() const { return hidden_.any(); }
    std::vector<std::string> names() const;

    // Section `index` (0-9) has something left to show.
    bool section_shown(int index) const;
    // The next shown section after `index` in `direction` (+1 or -1), or -1.
    int next_shown(int index, int direction) const;
    // `index` when shown, else the next shown one, else the previous.
    int nearest_shown(int index) const;

private:
    std::bitset<static_cast<size_t>(Part::Count)> hidden_;
};

}  // namespace ip::app
