#include "analyze/job_themes.h"

#include <algorithm>
#include <map>

namespace ip {

std::vector<std::pair<std::string, int>> job_theme_counts(const Analysis& a) {
    std::map<std::string, int> counts;
    for (const auto& r : a.requirements)
        for (const auto& t : r.themes) ++counts[t];
    std::vector<std::pair<std::string, int>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    return out;
}

}  // namespace ip
