// The form company names are compared in: "Stripe, Inc." and "stripe" match.
#pragma once
#include <string>

namespace ip {

// Lower-case, single spaces, without a trailing legal-form suffix (Inc., LLC, Ltd., Corp., plc).
std::string company_name_key(const std::string& name);

}  // namespace ip
