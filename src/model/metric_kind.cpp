#include "model/metric_kind.h"

namespace ip {

std::span<const EnumName<MetricKind>> enum_names(MetricKind) {
    static constexpr EnumName<MetricKind> names[] = {
        {MetricKind::Percent, "percent"},       {MetricKind::Multiplier, "multiplier"},
        {MetricKind::Count, "count"},           {MetricKind::Money, "money"},
        {MetricKind::Latency, "latency"},       {MetricKind::TimeDelta, "time_delta"},
        {MetricKind::Users, "users"},           {MetricKind::TeamSize, "team_size"},
        {MetricKind::Throughput, "throughput"}, {MetricKind::Uptime, "uptime"},
        {MetricKind::Duration, "duration"}};
    return names;
}

}  // namespace ip
