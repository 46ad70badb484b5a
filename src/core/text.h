// Small text utilities shared by every stage. UTF-8 throughout.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ip {

// True if `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);
// Replaces each invalid byte sequence with U+FFFD; valid input is returned unchanged.
std::string repair_utf8(std::string_view s);

// ASCII lower-casing (non-ASCII bytes untouched).
std::string to_lower(std::string_view s);
std::string trim(std::string_view s);
// Collapses runs of whitespace (incl. newlines, tabs, NBSP) to one space and trims.
std::string fold_whitespace(std::string_view s);
std::vector<std::string> split_lines(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
// The words of `s`: split at runs of ASCII whitespace, never an empty word.
std::vector<std::string> split_words(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
bool contains(std::string_view haystack, std::string_view needle);
// Case-insensitive (ASCII) substring search.
bool icontains(std::string_view haystack, std::string_view needle);
std::string replace_all(std::string s, std::string_view from, std::string_view to);
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// Decodes one code point at `i` (advancing it); invalid bytes yield U+FFFD.
uint32_t next_codepoint(std::string_view s, size_t& i);
void append_utf8(std::string& out, uint32_t cp);

}  // namespace ip
