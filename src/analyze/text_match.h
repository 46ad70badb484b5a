// Word-boundary phrase matching for theme cues and value signals.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// `lower_text` and `cue` are lower-case. A cue ending in '*' matches any word
// ending ("mentor*" finds "mentored"); otherwise the whole phrase must stand
// between word boundaries ("own" is not found in "known").
bool matches_cue(std::string_view lower_text, std::string_view cue);
bool matches_any_cue(std::string_view lower_text, const std::vector<std::string>& cues);

// Theme ids whose cues occur in the text, in knowledge-base order.
std::vector<std::string> themes_in(const Knowledge& kb, std::string_view text);

}  // namespace ip
