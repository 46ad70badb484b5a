// How well the resume answers one requirement of the job.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

enum class RequirementStatus { Covered, Partial, Gap };

// covered, partial, gap.
std::span<const EnumName<RequirementStatus>> enum_names(RequirementStatus);

}  // namespace ip
