#include "analyze/role_family.h"

#include <algorithm>
#include <cstdlib>

#include "analyze/text_match.h"
#include "core/text.h"

namespace ip {

const RoleFamily* family_for_title(const Knowledge& kb, const std::string& title,
                                   const std::vector<std::string>& skills) {
    const std::string lower = to_lower(title);
    const RoleFamily* best = nullptr;
    double best_score = 0;
    for (const auto& family : kb.roles) {
        double score = 0;
        for (const auto& kw : family.title_keywords)
            if (matches_cue(lower, kw)) score = std::max(score, 10.0 + static_cast<double>(kw.size()));
        // Skills only break ties between families the title already names.
        if (score == 0) continue;
        for (const auto& id : family.core_skills) {
            const SkillDef* s = kb.skill(id);
            if (s && std::find(skills.begin(), skills.end(), s->name) != skills.end()) score += 0.5;
        }
        if (score > best_score) {
            best_score = score;
            best = &family;
        }
    }
    return best ? best : kb.role("general");
}

std::string level_from_title(const std::string& title) {
    const std::string t = to_lower(title);
    struct Cue {
        const char* word;
        const char* level;
    };
    static const Cue cues[] = {
        {"intern*", "intern"},        {"chief", "executive"},        {"vp", "executive"},
        {"vice president", "executive"}, {"head of", "director"},    {"director", "director"},
        {"principal", "principal"},   {"distinguished", "principal"}, {"staff", "staff"},
        {"lead", "senior"},           {"senior", "senior"},          {"sr", "senior"},
        {"manager", "manager"},       {"iii", "senior"},             {"ii", "mid"},
        {"l3", "junior"},             {"l4", "mid"},                 {"l5", "senior"},
        {"l6", "staff"},              {"junior", "junior"},          {"jr", "junior"},
        {"associate", "junior"},      {"entry level", "junior"},     {"entry-level", "junior"},
        {"graduate", "junior"},       {"new grad", "junior"}};
    for (const auto& c : cues)
        if (matches_cue(t, c.word)) return c.level;
    return "mid";
}

int level_distance(const std::string& a, const std::string& b) {
    static const char* ladder[] = {"intern", "junior", "mid", "senior", "staff", "principal"};
    auto rank = [](const std::string& l) {
        // Management levels sit beside the IC ladder: a manager is about a senior/staff peer.
        if (l == "manager") return 3;
        if (l == "director") return 5;
        if (l == "executive") return 6;
        for (int i = 0; i < 6; ++i)
            if (l == ladder[i]) return i;
        return 2;
    };
    return std::abs(rank(a) - rank(b));
}

}  // namespace ip
