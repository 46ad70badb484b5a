// One position's header lines -> company, title, dates, place.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "parse/header_parts.h"

namespace ip {

struct RoleHeader {
    std::string company;
    std::string title;
    std::optional<DateRange> dates;
    std::optional<std::string> location;
    bool company_from_comma = false;  // "Title, Company": the resume writes employers after a comma
    bool company_inherited = false;   // the employer is `inherited_company`, not named in these lines
};

// Decides which piece is the title and which the employer from what the
// words say ("Engineer", "Inc.", a known company); a title with no employer
// beside it gets `inherited_company` (several roles under one employer).
// A lone "X, Y" line is split at the comma unless `titles_keep_commas` (the
// resume names employers on their own lines, so "Engineering Manager, Sync
// Infrastructure" is one title).
RoleHeader resolve_role_header(const Knowledge& kb, const std::vector<std::string>& lines,
                               const std::string& inherited_company, bool titles_keep_commas);

}  // namespace ip
