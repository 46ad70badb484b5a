// A text field with suggestions: as the user types, up to six matching
// entries (prefix matches first) show under it; a click, or Up/Down and
// Enter, picks one. Used for the company and the role, over the knowledge
// base's lists.
#pragma once
#include <string>
#include <vector>

namespace ip::app {

// Returns true when `value` changed (typed or picked). `id` is an ImGui id
// ("##company").
bool typeahead_field(const char* id, std::string& value, const char* hint, float width,
                     const std::vector<std::string>& options, float scale);

}  // namespace ip::app
