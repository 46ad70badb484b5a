// English helpers for engine-written text: articles, lists, plurals, casing.
// Plain text only: grammar that needs the knowledge base (verbs, bare nouns)
// lives above core (compose/object_article.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ip {

// "a" or "an" for the word that follows, by sound: "an SRE", "a UX review",
// "an hour", "a unique", "an 8-person team", "a one-off".
std::string article_for(std::string_view next_word);
// "an SRE role" from "SRE role".
std::string with_article(std::string_view phrase);

// "A", "A and B", "A, B, and C" (serial comma); `conj` may be "or".
std::string join_list(const std::vector<std::string>& items, std::string_view conj = "and");

// "1 engineer", "3 engineers" (regular plurals plus a few irregular ones).
std::string count_noun(long n, std::string_view singular);
std::string plural(std::string_view singular);

std::string capitalize_first(std::string_view s);
// Lower-cases the first letter unless the first word is an acronym or a proper
// noun-looking word (has another capital letter): "Led" -> "led", "AWS" stays.
std::string lower_first_word(std::string_view s);
std::string strip_trailing_period(std::string_view s);
// Ends the text with a period unless it already ends with . ! ? or a quote after one.
std::string ensure_period(std::string_view s);

// First word of a bullet, lower-cased, punctuation trimmed ("Led" -> "led").
std::string leading_word(std::string_view text);

}  // namespace ip
