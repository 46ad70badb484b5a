// A text field with suggestions: as the user types, up to six matching
// entries (prefix matches first) show under it; a click, or Up/Down and
// Enter, picks one. Used for the company and the role, over the knowledge
// base's lists.
#pragma once
#include <string>
#include <vector>

namespace ip::app {

// What the list shows for `typed`: up to six options containing it (case and
// surrounding space ignored), those starting with it first, each group in
// the options' order. Nothing when `typed` is blank or already one of them.
std::vector<std::string> typeahead_suggestions(const std::vector<std::string>& options, const std::string& typed);

// Returns true when `value` changed (typed or picked). `id` is an ImGui id
// ("##company").
bool typeahead_field(const char* id, std::string& value, const char* hint, float width,
                     const std::vector<std::string>& options, float scale);

}  // namespace ip::app
