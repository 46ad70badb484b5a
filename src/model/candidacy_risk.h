// Candidacy risks: what a recruiter or hiring manager may raise about the
// match of this candidate and this posting before any skill is tested (a
// level apart, eligibility, location, a short current tenure, a gap, a change
// of field, a pay step down). Things to prepare an answer for, never faults.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

enum class RiskKind {
    LevelAbove,     // the candidate's titles sit two or more rungs above the level the job hires at
    LevelBelow,     // two or more rungs below, or well under the posting's years
    Overqualified,  // far more years than the posting asks for, at the same titles
    Eligibility,    // the posting is a programme for a group the candidate does not appear to belong to
    Location,       // the candidate lives in another country (or city) than an on-site job
    ShortTenure,    // a year or less in the current job
    EmploymentGap,  // time between roles, a sabbatical or a career break
    CareerChange,   // the resume's field is not the job's
    PayStepDown     // the posting's pay range is set for a level below the candidate's
};

// level_above, level_below, overqualified, eligibility, location, short_tenure,
// employment_gap, career_change, pay_step_down: the JSON value and the
// phrasing key part ("risk.level_above.say").
std::span<const EnumName<RiskKind>> enum_names(RiskKind);

}  // namespace ip
