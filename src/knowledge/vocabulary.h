// The seniority levels question banks and role families are written for
// (listed in assets/README.md). Theme tags are data: themes.json; question
// categories are model/question_category.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ip {

// junior, mid, senior, staff, manager.
const std::vector<std::string>& seniority_levels();

bool is_seniority_level(std::string_view level);

}  // namespace ip
