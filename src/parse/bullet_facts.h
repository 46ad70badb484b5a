// Per-bullet facts: metrics (percentages, multipliers, K/M/B counts, money,
// latency and before->after deltas, users, team sizes), skills, action verb.
#pragma once
#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

// Fills b.metrics, b.skills and b.verb from b.text.
void analyze_bullet(const Knowledge& kb, Bullet& b);

}  // namespace ip
