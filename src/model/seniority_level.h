// How senior a role is: the candidate's level (from their latest title or
// their years) and the level a job is hiring at.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

// The individual-contributor ladder, then management.
enum class SeniorityLevel { Intern, Junior, Mid, Senior, Staff, Principal, Manager, Director, Executive };

// intern, junior, mid, senior, staff, principal, manager, director, executive.
std::span<const EnumName<SeniorityLevel>> enum_names(SeniorityLevel);

// How many rungs apart two levels are (0 = same). Management sits beside the
// ladder: a manager is about a senior's peer, a director a principal's, an
// executive one rung above.
int level_distance(SeniorityLevel a, SeniorityLevel b);

}  // namespace ip
