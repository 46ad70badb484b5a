// The top of a job description: title, employer, place, and the team the
// title or the "about" text names.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

struct JobHeader {
    std::optional<std::string> title, location, team;
    std::optional<std::string> company;        // the name people say ("Amazon")
    std::optional<std::string> company_legal;  // as written, when it carries a legal form ("Amazon Corporate LLC")
};

// `header` holds the short lines before the first heading; `prose` the
// paragraphs about the company and the role, headings and boilerplate, in
// document order ("About Walmart", "Netflix is one of...", "At Acme, we...",
// "Stripe is an equal opportunity employer"), read when the header names no
// employer; `body` every line after the header, where "The X team" names the team.
// Lines like "locations" / "San Jose, CA" are field label and value
// (assets/reading.json).
JobHeader read_job_header(const Knowledge& kb, const std::vector<std::string>& header,
                          const std::vector<std::string>& prose, const std::vector<std::string>& body);

// True when `line` is a header field label ("time type", "Location:") or a
// labelled value ("Location: Remote").
bool is_header_label_line(const Knowledge& kb, const std::string& line);

// "The Search & Discovery team builds ..." -> "Search & Discovery".
std::optional<std::string> team_named_in(const std::string& text);

}  // namespace ip
