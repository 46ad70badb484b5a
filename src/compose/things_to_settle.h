// "Things to settle": the JD's logistics lines (schedule, location,
// eligibility, pay ...) with what to ask or say about each. They are terms to
// agree with the recruiter, not skills, so they are never gaps.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<SettleItem> things_to_settle(const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
