#include "compose/story_selection.h"

#include <algorithm>
#include <map>

#include "analyze/work_kind.h"
#include "core/text.h"

namespace ip {

namespace {

constexpr size_t kMostStories = 8;
constexpr int kMostPerKind = 3;  // a third story of a kind keeps its facts and prompts when the drafts run out

// The weight of the requirements that describe each kind of work ("Build
// search ranking models" asks for search and relevance), capped; the general
// kind and unclassified lines earn none. Each line is classified once.
std::map<const StoryKindDef*, double> kind_affinities(const Knowledge& kb, const Analysis& a) {
    std::map<const StoryKindDef*, double> w;
    for (const auto& r : a.requirements) w[work_kind(kb, r.requirement->text)] += r.weight;
    for (auto& entry : w)
        entry.second = !entry.first || entry.first == &kb.story_kinds.back() ? 0 : std::min(entry.second * 0.5, 1.5);
    return w;
}

}  // namespace

bool is_strong_bullet(const Knowledge& kb, const BulletRef& b) {
    if (word_count(b.bullet->text) < 5) return false;
    if (!b.bullet->metrics.empty()) return true;
    const VerbDef* v = kb.verb(to_lower(b.bullet->verb));
    return v && v->seniority >= 1 && word_count(b.bullet->text) >= 8;
}

double job_relevance(const Analysis& a, const BulletRef& b) {
    double relevance = 0;
    for (const auto& r : a.requirements)
        for (size_t k = 0; k < r.evidence.size(); ++k)
            if (r.evidence[k] == b.bullet->id) relevance += r.weight * (k == 0 ? 1.0 : 0.5);
    return relevance;
}

std::vector<StoryPick> pick_story_bullets(const Knowledge& kb, const Analysis& a) {
    struct Ranked {
        double score = 0, relevance = 0;
        const BulletRef* bullet = nullptr;
    };
    const std::map<const StoryKindDef*, double> affinity = kind_affinities(kb, a);
    std::vector<Ranked> ranked;
    for (const auto& b : a.bullets) {
        if (!is_strong_bullet(kb, b)) continue;
        const auto found = affinity.find(b.kind);
        const double relevance = job_relevance(a, b) + (found == affinity.end() ? 0.0 : found->second);
        double values = 0;
        // Ranking only: what most employers look for counts when the company's own values are unknown.
        for (const auto& v : a.culture)
            if (std::find(v.bullets.begin(), v.bullets.end(), b.bullet->id) != v.bullets.end())
                values += v.named_in_job ? 0.5 : 0.2;
        const double recency = b.is_project ? 0.0 : 0.4 / (1.0 + static_cast<double>(b.position));
        // A line that says what changed ("raised ... from 38% to 57%") tells a result, not just a duty.
        double change = 0;
        if (!b.bullet->metrics.empty())
            for (const std::string& w : split_words(to_lower(b.bullet->text)))
                if (kb.measure_verbs.count(w)) change = 0.6;
        ranked.push_back({b.impact + relevance + values + recency + change, relevance, &b});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) { return x.score > y.score; });
    // The line this job cares most about leads, whatever its numbers.
    const auto most_relevant = std::max_element(
        ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) { return x.relevance < y.relevance; });
    if (most_relevant != ranked.end() && most_relevant->relevance > 0)
        std::rotate(ranked.begin(), most_relevant, most_relevant + 1);

    // Kinds take turns: past three stories of one kind, a line of another kind
    // goes first; the rest follow when no other kind is left.
    std::vector<StoryPick> picks;
    std::map<const StoryKindDef*, int> per_kind;
    std::vector<const Ranked*> later;
    auto pick = [&](const Ranked& r) {
        const std::string theme = r.bullet->kind ? r.bullet->kind->answers.front() : std::string("results");
        picks.push_back({r.bullet, r.bullet->kind, theme});
    };
    for (const Ranked& r : ranked) {
        if (picks.size() == kMostStories) break;
        if (per_kind[r.bullet->kind]++ >= kMostPerKind) later.push_back(&r);
        else pick(r);
    }
    for (const Ranked* r : later)
        if (picks.size() < kMostStories) pick(*r);
    return picks;
}

}  // namespace ip
