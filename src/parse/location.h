// Places as resumes and job descriptions write them: "Seattle, WA",
// "London, UK", "Remote", "San Francisco, CA (Hybrid)".
#pragma once
#include <string>

namespace ip {

bool is_location(const std::string& text);

// Splits "Bluebonnet Payments, Austin, TX" into "Bluebonnet Payments" and
// "Austin, TX". Returns false (and leaves the outputs alone) when the text
// does not end in a place after a comma.
bool split_trailing_location(const std::string& text, std::string& rest, std::string& location);

}  // namespace ip
