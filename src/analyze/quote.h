// Quoting the user's documents: verbatim excerpts (so `fact` spans stay true
// to the source) and short topic names for titles.
#pragma once
#include <string>

#include "analyze/analysis.h"

namespace ip {

// A verbatim prefix of `text` of at most `max_chars`, cut at a word boundary,
// without trailing punctuation; the whole text (minus a final period) when short.
std::string excerpt(const std::string& text, size_t max_chars = 110);

// A short name for what a requirement asks ("data structures and algorithms",
// "cross-team leadership"), lower-case unless it starts with a proper name.
std::string requirement_topic(const Knowledge& kb, const RequirementAssessment& ra);

// A skill's name as it reads inside a sentence: practices and other common
// nouns lower-cased ("distributed systems"), proper names kept ("Java", "AWS").
std::string skill_phrase(const Knowledge& kb, const std::string& name);
// The first `limit` names through skill_phrase.
std::vector<std::string> skill_phrases(const Knowledge& kb, const std::vector<std::string>& names, size_t limit);

// Verbatim sentences in curly quotes, joined as a list: “A” and “B”.
std::string quoted_list(const std::vector<std::string>& sentences);

// "Microsoft (Azure)" -> "Microsoft (Azure)"; projects read "the X project".
std::string where_phrase(const BulletRef& b);

}  // namespace ip
