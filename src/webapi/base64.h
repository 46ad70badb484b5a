// Standard base64 (RFC 4648, with or without padding): how the JSON requests of
// the engine API carry binary files (.docx) through a JSON string.
#pragma once
#include <string>
#include <string_view>

namespace ip::webapi {

// Decodes `text` into `out`; ASCII whitespace is skipped. Returns false on any
// other character outside the alphabet or a truncated final group.
bool base64_decode(std::string_view text, std::string& out);

}  // namespace ip::webapi
