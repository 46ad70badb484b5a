// The action verb a resume bullet or requirement line opens with.
#pragma once
#include <string>
#include <string_view>

#include "knowledge/knowledge.h"

namespace ip {

// The first word as written ("Led", "Re-architected", "Own") when it is an
// action verb: a verbs.json entry in any tense, else a regular past tense
// ("Migrated") or a common irregular one ("Built"). Empty otherwise.
std::string leading_action_verb(const Knowledge& kb, std::string_view text);

// True for a lower-case word that is a verbs.json verb in any tense or a
// common irregular past ("rewrote"); regular pasts ("relaunched") are left to
// the caller, who knows whether an adjective ("distributed") can stand there.
bool known_verb_form(const Knowledge& kb, const std::string& lower);

}  // namespace ip
