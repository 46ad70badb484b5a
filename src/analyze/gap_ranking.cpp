#include "analyze/gap_ranking.h"

#include <algorithm>

namespace ip {

namespace {

// Shared terms over the shorter list's size: two JD lines asking for the same thing.
double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t shared = 0;
    for (const auto& t : a)
        if (std::find(b.begin(), b.end(), t) != b.end()) ++shared;
    return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace

std::vector<const RequirementAssessment*> ranked_gaps(const Analysis& a) {
    std::vector<std::pair<double, const RequirementAssessment*>> ranked;
    for (const auto& r : a.requirements) {
        if (r.status == RequirementStatus::Covered || r.credit >= 0.65) continue;
        // Qualifications are what a loop checks; responsibilities are what the
        // job will teach, so their shortfalls rank a little lower.
        const double weight = r.requirement->kind == RequirementKind::Responsibility ? 0.75 * r.weight : r.weight;
        ranked.push_back({-(weight * (1.0 - r.credit)), &r});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<const RequirementAssessment*> out;
    for (const auto& [score, r] : ranked) {
        bool duplicate = false;
        for (const auto* kept : out)
            if (similarity(kept->terms, r->terms) >= 0.5) duplicate = true;
        if (!duplicate) out.push_back(r);
    }
    return out;
}

}  // namespace ip
