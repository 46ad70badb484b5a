// Word tokens for skill matching: letters and digits, with the symbols that
// belong to technology names kept inside ("C++", "C#", ".NET", "Node.js").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ip {

struct MatchToken {
    size_t begin = 0;  // byte offsets into the text
    size_t end = 0;
    std::string key;  // ASCII lower-case, inner dots dropped: "Node.js" -> "nodejs", ".NET" -> ".net"
};

std::vector<MatchToken> match_tokens(std::string_view text);

// True for bytes/code points that make up words (ASCII letters and digits,
// letters outside ASCII); punctuation, dashes, arrows and symbols are not.
bool is_word_codepoint(uint32_t cp);

}  // namespace ip
