// Which list of the job description a requirement comes from.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

// What the job does day to day, what it requires, what it would like.
enum class RequirementKind { Responsibility, Required, Preferred };

// responsibility, required, preferred.
std::span<const EnumName<RequirementKind>> enum_names(RequirementKind);

// What a requirement line asks of the candidate. Logistics lines are terms of
// the job (never gaps, settled in "Things to settle"); the others are assessed.
enum class RequirementAsk { Skill, Experience, Education, Credential, Logistics };

// skill, experience, education, credential, logistics.
std::span<const EnumName<RequirementAsk>> enum_names(RequirementAsk);

}  // namespace ip
