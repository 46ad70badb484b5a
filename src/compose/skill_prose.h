// Skills and requirement topics as words in a sentence: "data structures and
// algorithms", "Apache Spark", "educating patients and families".
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

// A skill's canonical name for prose: generic practices lower-case ("Data
// Structures" -> "data structures"); names with a product or company in them
// ("Apache Spark", "Google Ads") keep their capitals.
std::string prose_skill(const Knowledge& kb, const std::string& name);

// The first two skills, for prose, joined: "Kafka and stream processing".
std::string prose_skills(const Knowledge& kb, const std::vector<std::string>& names);

// A phrase cut from a JD line made fit to follow "experience with": leading
// article dropped, a leading verb turned into its -ing form ("Educates
// patients" -> "educating patients"), first word lower-case.
std::string topic_phrase(const Knowledge& kb, const std::string& phrase);

}  // namespace ip
