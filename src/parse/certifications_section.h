// Certifications and licences: "AWS Certified Data Engineer – Associate
// (2024)", "Certified Public Accountant (CPA), North Carolina, 2020".
#pragma once
#include <string>
#include <vector>

#include "model/candidate.h"

namespace ip {

std::vector<Certification> read_certifications_section(const std::vector<std::string>& lines);

}  // namespace ip
