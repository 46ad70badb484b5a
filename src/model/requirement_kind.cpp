#include "model/requirement_kind.h"

namespace ip {

std::span<const EnumName<RequirementKind>> enum_names(RequirementKind) {
    static constexpr EnumName<RequirementKind> names[] = {{RequirementKind::Responsibility, "responsibility"},
                                                          {RequirementKind::Required, "required"},
                                                          {RequirementKind::Preferred, "preferred"}};
    return names;
}

std::span<const EnumName<RequirementAsk>> enum_names(RequirementAsk) {
    static constexpr EnumName<RequirementAsk> names[] = {{RequirementAsk::Skill, "skill"},
                                                         {RequirementAsk::Experience, "experience"},
                                                         {RequirementAsk::Education, "education"},
                                                         {RequirementAsk::Credential, "credential"},
                                                         {RequirementAsk::Logistics, "logistics"}};
    return names;
}

}  // namespace ip
