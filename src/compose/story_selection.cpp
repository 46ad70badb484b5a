#include "compose/story_selection.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace ip {

namespace {

// Story themes from most to least telling; generic ones come last.
const std::vector<std::string>& theme_preference() {
    static const std::vector<std::string> order = {
        "scale",      "mentoring",  "operations", "customer",  "influence", "leadership",    "simplify",
        "innovation", "dive_deep",  "quality",    "safety",    "growth",    "data",          "collaboration",
        "ownership",  "frugality",  "speed",      "standards", "strategy",  "communication", "failure",
        "conflict",   "learning",   "hiring",     "think_big", "judgment",  "ambiguity",     "prioritization",
        "trust",      "resilience", "diversity",  "ethics",    "craft",     "results"};
    return order;
}

}  // namespace

bool is_strong_bullet(const Knowledge& kb, const BulletRef& b) {
    if (word_count(b.bullet->text) < 5) return false;
    if (!b.bullet->metrics.empty()) return true;
    const VerbDef* v = kb.verb(to_lower(b.bullet->verb));
    return v && v->seniority >= 1 && word_count(b.bullet->text) >= 8;
}

std::vector<StoryPick> pick_story_bullets(const Knowledge& kb, const Analysis& a) {
    // Relevance: how much the JD leans on what the bullet proves.
    std::vector<std::pair<double, const BulletRef*>> ranked;
    for (const auto& b : a.bullets) {
        if (!is_strong_bullet(kb, b)) continue;
        double relevance = 0;
        for (const auto& r : a.requirements)
            for (size_t k = 0; k < r.evidence.size(); ++k)
                if (r.evidence[k] == b.bullet->id) relevance += r.weight * (k == 0 ? 1.0 : 0.5);
        double values = 0;
        // Ranking only: what most employers look for counts when the company's own values are unknown.
        for (const auto& v : a.culture)
            if (std::find(v.bullets.begin(), v.bullets.end(), b.bullet->id) != v.bullets.end())
                values += v.named_in_job ? 0.5 : 0.2;
        const double recency = b.is_project ? 0.0 : 0.4 / (1.0 + static_cast<double>(b.position));
        ranked.push_back({-(b.impact + relevance + values + recency), &b});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });

    std::vector<StoryPick> picks;
    std::set<std::string> used;
    for (const auto& [score, b] : ranked) {
        if (picks.size() == 8) break;
        std::string theme;
        for (const auto& t : theme_preference()) {
            if (used.count(t) || std::find(b->themes.begin(), b->themes.end(), t) == b->themes.end()) continue;
            theme = t;
            break;
        }
        // Every theme the bullet shows already has a story: the bullet's own
        // technology or subject makes it a different story ("skill:Kafka").
        if (theme.empty())
            for (const auto& skill : b->bullet->skills)
                if (!used.count("skill:" + skill)) {
                    theme = "skill:" + skill;
                    break;
                }
        if (theme.empty() && !used.count("bullet:" + b->bullet->id)) theme = "bullet:" + b->bullet->id;
        used.insert(theme);
        picks.push_back({b, theme});
    }
    return picks;
}

}  // namespace ip
