// The education section: institution, degree, field and end year from
// entries in any order ("B.S. Computer Science — University of Washington,
// 2017", "University of X\nBachelor of Science in Y, 2013 – 2017").
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

std::vector<Education> read_education_section(const Knowledge& kb, const std::vector<std::string>& lines);

// The degree named at the start of `text` as written ("B.S.", "Bachelor of
// Science", "MBA", "Ph.D."), with the length it spans; empty if none.
std::string leading_degree(const std::string& text, size_t& length);

}  // namespace ip
