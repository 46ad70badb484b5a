// The company section: values (with the ones this JD leans on marked), the
// interview process, what makes the loop different, culture, and success.
#pragma once
#include "analyze/analysis.h"

namespace ip {

CompanyProfile company_profile(const Playbook& doc, const Analysis& a);

}  // namespace ip
