// Evidence by meaning: the nodes of the skills graph (assets/skill_graph/)
// that the resume shows, either by naming them or by naming a narrower or
// implying node ("Apache Beam" shows distributed data processing), each with
// the resume line that shows it.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "analyze/analysis.h"

namespace ip {

struct ConceptReach {
    // Where the resume shows it: a bullet id, "position<i>", "certification<i>",
    // "education<i>", "summary" or "skills-section".
    std::string evidence;
    std::vector<size_t> path;  // nodes from the one the resume names to this one; one node when named
    bool used = false;         // shown by work, a title held, a credential or a degree, not only listed
};

// Node -> the best way the resume shows it: used before listed, then the
// shortest path, then resume order.
using ResumeConcepts = std::unordered_map<size_t, ConceptReach>;

ResumeConcepts resume_concepts(const Knowledge& kb, const Candidate& c, const std::vector<BulletRef>& bullets);

// The nodes a requirement line names, in order of appearance, each once.
std::vector<size_t> concepts_in(const Knowledge& kb, const std::string& text);

}  // namespace ip
