#include "model/requirement_kind.h"

namespace ip {

std::span<const EnumName<RequirementKind>> enum_names(RequirementKind) {
    static constexpr EnumName<RequirementKind> names[] = {{RequirementKind::Responsibility, "responsibility"},
                                                          {RequirementKind::Required, "required"},
                                                          {RequirementKind::Preferred, "preferred"}};
    return names;
}

}  // namespace ip
