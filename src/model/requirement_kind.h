// Which list of the job description a requirement comes from.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

// What the job does day to day, what it requires, what it would like.
enum class RequirementKind { Responsibility, Required, Preferred };

// responsibility, required, preferred.
std::span<const EnumName<RequirementKind>> enum_names(RequirementKind);

}  // namespace ip
