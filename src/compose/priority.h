// "How to use this playbook": what to do first given the gaps, plus the
// 30-minute and 2-hour paths. Fills doc.fit.priority and the prep paths.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

void write_priority(const Knowledge& kb, Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
