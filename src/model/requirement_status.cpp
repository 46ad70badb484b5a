#include "model/requirement_status.h"

namespace ip {

std::span<const EnumName<RequirementStatus>> enum_names(RequirementStatus) {
    static constexpr EnumName<RequirementStatus> names[] = {{RequirementStatus::Covered, "covered"},
                                                            {RequirementStatus::Partial, "partial"},
                                                            {RequirementStatus::Gap, "gap"}};
    return names;
}

}  // namespace ip
