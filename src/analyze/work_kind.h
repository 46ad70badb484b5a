// The kind of work a resume line describes (assets/stories.json), read from
// the line's own words: a nurse's "Cared for 5 to 6 cardiac step-down
// patients" is patient care, "Migrated 40 services to Kubernetes" a migration.
#pragma once
#include <string_view>

#include "knowledge/knowledge.h"

namespace ip {

// The kind whose words the line uses most: its opening verb (or the verb
// after "and") weighs 3, each cue anywhere 1 and a cue of several words 2;
// a tie goes to the kind listed first. The last kind (the fallback) when no
// word matches; nullptr only when the knowledge base has no kinds.
const StoryKindDef* work_kind(const Knowledge& kb, std::string_view text);

}  // namespace ip
