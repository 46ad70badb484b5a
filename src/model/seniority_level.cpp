#include "model/seniority_level.h"

#include <cstdlib>

namespace ip {

std::span<const EnumName<SeniorityLevel>> enum_names(SeniorityLevel) {
    static constexpr EnumName<SeniorityLevel> names[] = {{SeniorityLevel::Intern, "intern"},
                                                         {SeniorityLevel::Junior, "junior"},
                                                         {SeniorityLevel::Mid, "mid"},
                                                         {SeniorityLevel::Senior, "senior"},
                                                         {SeniorityLevel::Staff, "staff"},
                                                         {SeniorityLevel::Principal, "principal"},
                                                         {SeniorityLevel::Manager, "manager"},
                                                         {SeniorityLevel::Director, "director"},
                                                         {SeniorityLevel::Executive, "executive"}};
    return names;
}

namespace {

int rung(SeniorityLevel level) {
    switch (level) {
        case SeniorityLevel::Intern: return 0;
        case SeniorityLevel::Junior: return 1;
        case SeniorityLevel::Mid: return 2;
        case SeniorityLevel::Senior: return 3;
        case SeniorityLevel::Staff: return 4;
        case SeniorityLevel::Principal: return 5;
        case SeniorityLevel::Manager: return 3;
        case SeniorityLevel::Director: return 5;
        case SeniorityLevel::Executive: return 6;
    }
    return 2;
}

}  // namespace

int level_distance(SeniorityLevel a, SeniorityLevel b) { return std::abs(rung(a) - rung(b)); }

}  // namespace ip
