#include "app/hidden_parts.h"

#include <iterator>

namespace ip::app {

namespace {

// In the order of Part.
constexpr const char* kNames[] = {
    "fit",       "decode",      "company",    "hidden_priorities", "mistakes", "pitch",      "stories",
    "questions", "gap_scripts", "curveballs", "questions_to_ask",  "plan",     "cheat_sheet"};
static_assert(std::size(kNames) == static_cast<size_t>(Part::Count));

constexpr unsigned bit(Part part) { return 1u << static_cast<unsigned>(part); }

// The parts each of the ten sections is made of; section 1 has none of its own.
constexpr unsigned kSectionParts[10] = {
    0,
    bit(Part::Fit),
    bit(Part::Decode) | bit(Part::Company) | bit(Part::HiddenPriorities) | bit(Part::Mistakes),
    bit(Part::Pitch),
    bit(Part::Stories),
    bit(Part::Questions),
    bit(Part::GapScripts) | bit(Part::Curveballs),
    bit(Part::QuestionsToAsk),
    bit(Part::Plan),
    bit(Part::CheatSheet),
};

}  // namespace

HiddenParts HiddenParts::from_names(const std::vector<std::string>& names) {
    HiddenParts out;
    for (const auto& name : names)
        for (size_t i = 0; i < std::size(kNames); ++i)
            if (name == kNames[i]) out.hidden_.set(i);
    return out;
}

std::vector<std::string> HiddenParts::names() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < std::size(kNames); ++i)
        if (hidden_.test(i)) out.push_back(kNames[i]);
    return out;
}

bool HiddenParts::section_shown(int index) const {
    if (index < 0 || index > 9) return false;
    const unsigned parts = kSectionParts[index];
    return parts == 0 || (parts & ~static_cast<unsigned>(hidden_.to_ulong())) != 0;
}

int HiddenParts::next_shown(int index, int direction) const {
    for (int i = index + direction; i >= 0 && i <= 9; i += direction)
        if (section_shown(i)) return i;
    return -1;
}

int HiddenParts::nearest_shown(int index) const {
    if (section_shown(index)) return index;
    const int next = next_shown(index, 1);
    return next >= 0 ? next : next_shown(index, -1);
}

}  // namespace ip::app
