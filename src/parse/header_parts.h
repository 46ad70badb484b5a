// Splitting one-line headers into their pieces: "Senior Engineer — Acme |
// Seattle, WA | 2019 – 2021" -> texts, place and dates. Shared by positions,
// education, projects and certifications.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "parse/date_range.h"

namespace ip {

struct HeaderParts {
    std::vector<std::string> texts;  // in order, verbatim slices of the line
    std::optional<DateRange> dates;
    std::optional<std::string> location;
    bool strong_separators = false;  // split on dashes, bars, dots or column gaps (not only commas)
};

// Splits on strong separators (" — ", " – ", " - ", "|", " · ", " • ", column
// gaps, " @ ") and, when there are none, on commas; pieces that are places
// become `location`. Date ranges are removed first.
HeaderParts split_header_line(const std::string& line, bool split_commas = true);

// "Senior Data Scientist, Etsy" -> {"Senior Data Scientist", "Etsy"}; company
// suffixes stay attached ("Lowe's Companies, Inc.").
std::vector<std::string> comma_parts(const std::string& text);

// Splits on strong separators only.
std::vector<std::string> strong_parts(const std::string& line);

}  // namespace ip
