// The closed vocabularies fixed in code: question categories and seniority
// levels (listed in assets/README.md). Theme tags are data: themes.json.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ip {

// coding, system_design, behavioral, operational, role_specific.
const std::vector<std::string>& question_categories();
// junior, mid, senior, staff, manager.
const std::vector<std::string>& seniority_levels();

bool is_question_category(std::string_view category);
bool is_seniority_level(std::string_view level);

}  // namespace ip
