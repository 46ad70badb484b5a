// The nesting depth of a JSON text, measured before parsing it: a document
// nested thousands of levels deep is refused with a message instead of
// being handed to the parser.
#pragma once
#include <string_view>

namespace ip {

// Deepest nesting of arrays/objects (strings and escapes respected). Stops
// scanning once the depth exceeds `limit` and returns limit + 1.
int json_nesting_depth(std::string_view text, int limit);

}  // namespace ip
