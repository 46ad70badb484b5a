// Medians of repeated runs, and the baseline workload every median is also
// reported against: a fixed CPU task run in the same process, so a figure
// taken on a busy or slower machine can still be compared ("2.1x baseline").
#pragma once
#include <functional>

namespace ip::bench {

// Runs `prepare` (untimed) then `work` (timed): `warmup` times without
// keeping the time, then `runs` times. Returns the median in milliseconds.
double median_ms(int runs, int warmup, const std::function<void()>& prepare, const std::function<void()>& work);

// The baseline task: sorts 100,000 pseudo-random integers (a few
// milliseconds on a current core). Its median is the unit of the ratios.
void baseline_work();

// Peak resident memory of this process so far, in KB (getrusage ru_maxrss).
long peak_rss_kb();

}  // namespace ip::bench
