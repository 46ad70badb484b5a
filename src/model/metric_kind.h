// What a number in a resume line measures.
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

enum class MetricKind {
    Percent,     // "by 38%"
    Multiplier,  // "3x"
    Count,       // "40 stores"
    Money,       // "$2M"
    Latency,     // "under 200 ms"
    TimeDelta,   // "from 3 days to 4 hours"
    Users,       // "2M users"
    TeamSize,    // "a team of 8"
    Throughput,  // "500K requests/second"
    Uptime,      // "99.99% uptime"
    Duration,    // "in 6 weeks"
};

// percent, multiplier, count, money, latency, time_delta, users, team_size,
// throughput, uptime, duration.
std::span<const EnumName<MetricKind>> enum_names(MetricKind);

}  // namespace ip
