// The top of a job description: title, employer, place, and the team the
// title or the "about" text names.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

struct JobHeader {
    std::optional<std::string> title, company, location, team;
};

// `header` holds the short lines before the first heading; `body` every
// other line, for "About Walmart" or "Stripe is an equal opportunity
// employer" when the header names no employer.
JobHeader read_job_header(const Knowledge& kb, const std::vector<std::string>& header,
                          const std::vector<std::string>& body);

// "The Search & Discovery team builds ..." -> "Search & Discovery".
std::optional<std::string> team_named_in(const std::string& text);

}  // namespace ip
