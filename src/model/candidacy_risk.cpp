#include "model/candidacy_risk.h"

namespace ip {

std::span<const EnumName<RiskKind>> enum_names(RiskKind) {
    static constexpr EnumName<RiskKind> names[] = {{RiskKind::LevelAbove, "level_above"},
                                                   {RiskKind::LevelBelow, "level_below"},
                                                   {RiskKind::Overqualified, "overqualified"},
                                                   {RiskKind::Eligibility, "eligibility"},
                                                   {RiskKind::Location, "location"},
                                                   {RiskKind::ShortTenure, "short_tenure"},
                                                   {RiskKind::EmploymentGap, "employment_gap"},
                                                   {RiskKind::CareerChange, "career_change"},
                                                   {RiskKind::PayStepDown, "pay_step_down"}};
    return names;
}

}  // namespace ip
