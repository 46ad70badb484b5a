#include "knowledge/vocabulary.h"

#include <algorithm>

namespace ip {

namespace {

bool listed(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

const std::vector<std::string>& seniority_levels() {
    static const std::vector<std::string> levels = {"junior", "mid", "senior", "staff", "manager"};
    return levels;
}

bool is_seniority_level(std::string_view level) { return listed(seniority_levels(), level); }

}  // namespace ip
