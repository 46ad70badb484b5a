#include "core/seed.h"

#include "core/stable_hash.h"

namespace ip {

const char* purpose_label(Purpose p) {
    switch (p) {
        case Purpose::FitSummary: return "summary";
        case Purpose::Strength: return "strength";
        case Purpose::Gap: return "gap";
        case Purpose::Decode: return "decode";
        case Purpose::Hidden: return "hidden";
        case Purpose::Requirement: return "req";
        case Purpose::DesignQuestion: return "design";
        case Purpose::ApproachQuestion: return "approach";
        case Purpose::TeamQuestion: return "team";
        case Purpose::PlanLearn: return "learn";
        case Purpose::PlanBuild: return "build";
        case Purpose::PlanOwn: return "own";
        case Purpose::CheatRemember: return "remember";
        default: return "";
    }
}

Seed seed_for(Purpose purpose, std::initializer_list<std::string_view> inputs) {
    Seed s{purpose, {}};
    bool first = true;
    auto add = [&](std::string_view part) {
        if (!first) s.text += '|';
        s.text += part;
        first = false;
    };
    for (std::string_view in : inputs) add(in);
    if (const std::string_view label = purpose_label(purpose); !label.empty()) add(label);
    return s;
}

size_t Seed::pick(size_t n) const { return stable_pick(text, n); }

// The hash runs over the bytes in order, so continuing it gives the hash of text + "|" + item.
uint64_t Seed::rank(std::string_view item) const { return stable_hash(item, stable_hash("|", stable_hash(text))); }

}  // namespace ip
