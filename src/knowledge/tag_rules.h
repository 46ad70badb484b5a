// Field rules shared by the file readers: identifiers, lower-case phrases and
// the closed vocabularies of assets/README.md.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "knowledge/entry_reader.h"

namespace ip {

// `value` must be a lower-case identifier: [a-z0-9_]+.
bool check_identifier(EntryReader& in, const char* key, const std::string& value);
// Every item must be written in lower case (signals, title keywords, verbs).
bool check_lower_case(EntryReader& in, const char* key, const std::vector<std::string>& values);
// Theme lists hold identifiers, each once; that they name a theme in
// themes.json is checked once every file is read.
bool check_themes(EntryReader& in, const char* key, const std::vector<std::string>& themes);
// Every item / key must be a seniority level.
bool check_levels(EntryReader& in, const char* key, const std::vector<std::string>& levels);
bool check_level_keys(EntryReader& in, const char* key, const std::map<std::string, std::string>& by_level);
// Slots are {name}: letters, digits and _ ("{Object}" asks for a capitalized
// value). A stray or unclosed brace would leak into the playbook as debris.
// A non-empty `allowed` also limits the slot names.
bool check_slots(EntryReader& in, const char* key, const std::string& text,
                 const std::vector<std::string>& allowed = {});
// No item may appear twice.
bool check_no_duplicates(EntryReader& in, const char* key, const std::vector<std::string>& values);

}  // namespace ip
