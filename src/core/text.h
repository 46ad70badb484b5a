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

// ASCII character classes (a byte of a multi-byte UTF-8 sequence is none of them).
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
// True when the text opens with a lower-case ASCII letter (a wrapped line's continuation).
inline bool starts_lower(std::string_view s) { return !s.empty() && is_ascii_lower(s[0]); }

// ASCII lower-casing (non-ASCII bytes untouched).
std::string to_lower(std::string_view s);
std::string trim(std::string_view s);
// Collapses runs of whitespace (incl. newlines, tabs, NBSP) to one space and trims.
std::string fold_whitespace(std::string_view s);
std::vector<std::string> split_lines(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
// The words of `s`: split at runs of ASCII whitespace, never an empty word.
std::vector<std::string> split_words(std::string_view s);
// How many words: runs of anything but white space (ASCII, NBSP and narrow NBSP, as fold_whitespace).
size_t word_count(std::string_view s);
// True when a line cannot end there: its last character joins (",", "-", "&",
// "/", "(") or its last word is a connective or preposition ("... using",
// "... and", "... to our"): the next line of a wrapped paragraph or bullet goes on.
bool ends_mid_clause(std::string_view s);
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
