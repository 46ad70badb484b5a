// What a posting says about its company in its own words: the sentences that
// state a mission or values ("Our mission is ...", "18F Core Values Alignment:
// ..."), verbatim. For a company without a profile they are the only values a
// playbook may name: it quotes them and never supplies values of its own.
#pragma once
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/job.h"

namespace ip {

// Whole sentences from the posting's about paragraph, then from its requirement lines,
// in posting order, each once, at most `limit`. A sentence too long to quote
// whole is left out rather than cut.
std::vector<std::string> posting_statements(const Knowledge& kb, const Job& job, size_t limit);

}  // namespace ip
