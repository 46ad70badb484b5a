// Numbers with what they measure, found in one resume bullet: "38%",
// "500K+ requests/second", "$2.3M", "3x", "from 14 minutes to 4 minutes",
// "team of 8 engineers", "50M monthly users".
#pragma once
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

// Metrics in order of appearance; each `text` is a verbatim slice of `text`.
// The words that tell units, rates and teams apart are kb.words' "metrics" lists.
std::vector<Metric> find_metrics(const Knowledge& kb, std::string_view text);

}  // namespace ip
