#include "parse/experience_years.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/date.h"
#include "core/text.h"
#include "parse/org_and_title_words.h"
#include "parse/requirement_facts.h"
#include "parse/resume_line_kinds.h"
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

bool is_professional(const Knowledge& kb, const Position& p) {
    if (title_level(p.title) == SeniorityLevel::Intern) return false;
    return !has_phrase(p.title, kb.reading.non_professional_titles);
}

// "7 years," -> "7 years"; "(12+" -> "12+"
std::string bare(std::string w) {
    while (!w.empty() && std::string(",.;:)!?'\"").find(w.back()) != std::string::npos) w.pop_back();
    while (!w.empty() && (w.front() == '(' || w.front() == '"')) w.erase(0, 1);
    return w;
}

// Words before a span that make it a window or a date, not a total.
bool is_window_word(const std::string& lower) {
    return lower == "in" || lower == "within" || lower == "last" || lower == "past" || lower == "next" ||
           lower == "after" || lower == "every" || lower == "first" || lower == "the" || lower == "each";
}

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

std::optional<double> experience_years(const Knowledge& kb, const std::vector<Position>& positions,
                                       const std::string& today) {
    const std::optional<YearMonth> now = parse_iso_day(today);
    std::vector<std::pair<int, int>> spans;
    bool dated = false;
    for (const Position& p : positions) {
        const auto s = month_index(p.start, now);
        dated = dated || s.has_value();
        if (!is_professional(kb, p)) continue;
        if (!s) continue;
        auto e = month_index(p.end, now);
        if (!e) e = s;
        if (*e < *s) continue;
        spans.emplace_back(*s, *e);
    }
    if (spans.empty()) return dated ? std::optional<double>(0.0) : std::nullopt;
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

std::optional<StatedYears> stated_years(const Knowledge& kb, const std::string& text) {
    const std::vector<std::string> words = split_words(text);
    for (size_t i = 1; i < words.size(); ++i) {
        const std::string unit = to_lower(bare(words[i]));
        const bool decade = unit == "decade" || unit == "decades";
        if (!decade && unit != "years" && unit != "year" && unit != "yrs") continue;
        if (i + 1 < words.size()) {
            const std::string next = to_lower(bare(words[i + 1]));
            if (next == "ago" || next == "old") continue;
        }
        const std::string number = bare(words[i - 1]);
        const std::string lower = to_lower(number);
        std::optional<int> n;
        if (decade) n = lower == "a" ? std::optional<int>(1) : years_asked(lower + " years");
        else n = years_asked(number + " years");
        if (!n || *n < 1 || *n > 60) continue;
        const int years = decade ? *n * 10 : *n;
        // "over a decade", "more than 10 years": the qualifier is part of what is said.
        size_t from = i - 1;
        for (size_t take = 2; take >= 1; --take) {
            if (i - 1 < take) continue;
            std::string q;
            for (size_t k = i - 1 - take; k < i - 1; ++k) q += (q.empty() ? "" : " ") + to_lower(bare(words[k]));
            const auto& quals = kb.reading.stated_years_qualifiers;
            if (std::find(quals.begin(), quals.end(), q) != quals.end()) {
                from = i - 1 - take;
                break;
            }
        }
        if (from > 0 && is_window_word(to_lower(bare(words[from - 1])))) continue;
        // Introduced as a total: "engineer with 7 years", "Engineer, 5+ years", "engineer two years out of
        // school", a sentence's start; not "grew ARR 3x over 2 years".
        if (from > 0 && words[from].front() != '(') {
            const std::string& prev = words[from - 1];
            const std::string lead = to_lower(bare(prev));
            const auto& leads = kb.reading.stated_years_leads;
            const bool closes = std::string(",.;:!?").find(prev.back()) != std::string::npos || prev == "-" ||
                                prev == "\xE2\x80\x94" || prev == "\xE2\x80\x93" || prev == "|";
            if (!closes && std::find(leads.begin(), leads.end(), lead) == leads.end() && title_score(kb, prev) == 0)
                continue;
        }
        std::vector<std::string> said;
        for (size_t k = from; k <= i; ++k) said.push_back(bare(words[k]));
        return StatedYears{static_cast<double>(years), join(said, " ")};
    }
    return std::nullopt;
}

std::optional<SeniorityLevel> candidate_seniority(const Candidate& c) {
    if (const Position* p = most_recent(c.positions)) {
        if (auto level = title_level(p->title)) return *level;
    } else if (c.headline) {
        if (auto level = title_level(*c.headline)) return *level;
    }
    // No level in the title ("Software Engineer"): the years decide.
    if (c.years_experience) return level_from_years(*c.years_experience);
    return std::nullopt;
}

}  // namespace ip
