// English helpers for engine-written text: articles, lists, plurals, casing,
// and turning resume bullets ("Led X") into the candidate's voice ("I led X").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"

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

// "Led technical design reviews" -> "I led technical design reviews".
// Bullets that do not start with a known past-tense verb are introduced with
// "I worked on": the caller may prefer to quote them instead.
std::string in_first_person(const Knowledge& kb, std::string_view bullet);
// "Led technical design reviews" -> "leading technical design reviews"; empty
// when the bullet does not start with a known verb.
std::string as_gerund_phrase(const Knowledge& kb, std::string_view bullet);
// "a " or "an " when `object`, what follows `verbs` in a resume line
// ("event-driven data pipeline on AWS" after "Architected"), opens with a
// bare singular noun phrase that a spoken sentence needs an article for: "I
// architected an event-driven data pipeline". "" for anything else: "latency"
// and other words.json bare nouns, plurals, numbers, names, "the API", and
// quantities after measure verbs ("reduced deployment time by 70%").
std::string article_for_object(const Knowledge& kb, std::string_view verbs, std::string_view object);
// True when the bullet starts with a past-tense verb from verbs.json.
bool starts_with_known_verb(const Knowledge& kb, std::string_view bullet);

}  // namespace ip
