// Year-month dates as resumes write them, and the "today" input.
#pragma once
#include <optional>
#include <string>

namespace ip {

struct YearMonth {
    int year = 0;
    int month = 0;  // 1-12; 0 when only the year is known
    int index() const { return year * 12 + (month > 0 ? month - 1 : 0); }
    std::string iso() const;  // "2022-03" or "2022"
};

// Parses "Mar 2022", "March 2022", "03/2022", "2022-03", "2022", "Sept. 2021",
// "’19" (two-digit years with an apostrophe). Returns nullopt when not a date.
std::optional<YearMonth> parse_year_month(const std::string& text);

// True for "Present", "Current", "Now", "Today", "Ongoing" (any case).
bool is_present_word(const std::string& text);

// Parses "YYYY-MM-DD" (the --today input).
std::optional<YearMonth> parse_iso_day(const std::string& text);

}  // namespace ip
