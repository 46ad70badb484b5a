#include "parse/experience_years.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/date.h"
#include "parse/seniority.h"

namespace ip {

namespace {

// Month index; a year without a month counts from mid-year.
std::optional<int> month_index(const std::optional<std::string>& iso, const std::optional<YearMonth>& today) {
    if (!iso) return std::nullopt;
    if (*iso == "present") {
        if (!today) return std::nullopt;
        return today->index();
    }
    auto d = parse_year_month(*iso);
    if (!d) return std::nullopt;
    if (d->month == 0) d->month = 6;
    return d->index();
}

bool is_internship(const Position& p) { return title_level(p.title).value_or("") == "intern"; }

// The position that is current, else the one that ended last.
const Position* most_recent(const std::vector<Position>& positions) {
    const Position* best = nullptr;
    int best_end = -1;
    for (const Position& p : positions) {
        int end = -1;
        if (p.end && *p.end == "present") end = 1 << 30;
        else if (auto d = parse_year_month(p.end.value_or(p.start.value_or("")))) end = d->index();
        if (!best || end > best_end) {
            best = &p;
            best_end = end;
        }
    }
    return best;
}

}  // namespace

std::optional<double> experience_years(const std::vector<Position>& positions, const std::string& today) {
    const std::optional<YearMonth> now = parse_iso_day(today);
    const bool only_internships = std::all_of(positions.begin(), positions.end(), is_internship);
    std::vector<std::pair<int, int>> spans;
    for (const Position& p : positions) {
        if (is_internship(p) && !only_internships) continue;
        const auto s = month_index(p.start, now);
        if (!s) continue;
        auto e = month_index(p.end, now);
        if (!e) e = s;
        if (*e < *s) continue;
        spans.emplace_back(*s, *e);
    }
    if (spans.empty()) return std::nullopt;
    std::sort(spans.begin(), spans.end());
    int months = 0;
    int cur_s = spans[0].first, cur_e = spans[0].second;
    for (size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first <= cur_e + 1) {
            cur_e = std::max(cur_e, spans[i].second);
        } else {
            months += cur_e - cur_s + 1;
            cur_s = spans[i].first;
            cur_e = spans[i].second;
        }
    }
    months += cur_e - cur_s + 1;
    return std::round(months / 12.0 * 10.0) / 10.0;
}

std::string candidate_seniority(const Candidate& c) {
    if (const Position* p = most_recent(c.positions)) {
        if (auto level = title_level(p->title)) return *level;
    } else if (c.headline) {
        if (auto level = title_level(*c.headline)) return *level;
    }
    // No level in the title ("Software Engineer"): the years decide.
    if (c.years_experience) return level_from_years(*c.years_experience);
    return "";
}

}  // namespace ip
