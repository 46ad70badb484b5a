// Contact details anywhere in a line: e-mail, phone, profile links, place.
#pragma once
#include <string>

#include "model/candidate.h"

namespace ip {

// Adds what `line` holds to `c` (first e-mail, phone and place win; links accumulate).
void find_contact_details(const std::string& line, Contact& c);

// True when every piece of the line is contact detail (the line carries no
// name, title or prose).
bool is_contact_line(const std::string& line);

}  // namespace ip
