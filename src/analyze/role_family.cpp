#include "analyze/role_family.h"

#include <algorithm>

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
    return best ? best : kb.fallback_role();
}

}  // namespace ip
