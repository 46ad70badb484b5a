// The article a resume line's object needs when the engine speaks it as a
// sentence ("Architected event-driven pipeline" -> "I architected an
// event-driven pipeline"): grammar that reads the knowledge base's verbs and
// bare nouns, so it lives above core.
#pragma once
#include <string>
#include <string_view>

#include "knowledge/knowledge.h"

namespace ip {

// "a " or "an " when `object`, what follows `verbs` in a resume line
// ("event-driven data pipeline on AWS" after "Architected"), opens with a
// bare singular noun phrase that a spoken sentence needs an article for: "I
// architected an event-driven data pipeline". "" for anything else: "latency"
// and other words.json bare nouns, plurals, numbers, names, "the API", and
// quantities after measure verbs ("reduced deployment time by 70%").
std::string article_for_object(const Knowledge& kb, std::string_view verbs, std::string_view object);

}  // namespace ip
