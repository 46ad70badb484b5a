// Employment and study dates inside a line: "Mar 2022 – Present",
// "2019-2021", "06/2019 to 02/2022", "Sep 2021 to Present", "(2018)".
#pragma once
#include <optional>
#include <string>

#include "core/date.h"

namespace ip {

struct DateRange {
    std::optional<YearMonth> start;
    std::optional<YearMonth> end;  // empty with `present` for "– Present"
    bool present = false;
    bool single = false;           // one date, no range ("May 2024")
    size_t begin = 0, finish = 0;  // byte span in the line, with brackets and a trailing duration

    std::optional<std::string> start_iso() const;
    std::optional<std::string> end_iso() const;  // "present" for open ranges
};

// The first date range in `line`, else its last lone date; nullopt if none.
std::optional<DateRange> find_date_range(const std::string& line);

// `line` without the span of `range`, with the separators left dangling
// ("Engineer |", "Brooklyn, NY —") trimmed away.
std::string remove_date_range(const std::string& line, const DateRange& range);

}  // namespace ip
