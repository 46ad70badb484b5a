// Today's date from the system clock, "YYYY-MM-DD" in local time. Only the
// command line reads the clock (when --today is not given); the engine always
// takes the date as an input so tests are reproducible.
#pragma once
#include <string>

namespace ip::cli {

std::string system_today();

}  // namespace ip::cli
