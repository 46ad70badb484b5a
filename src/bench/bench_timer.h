// Timing one case: one warm-up run, then `runs` timed runs.
#pragma once
#include <functional>
#include <string>

namespace ip::bench {

struct Timing {
    double median_us = 0;
    double min_us = 0;
    double max_us = 0;
    int runs = 0;
};

// Stops at the first failing run (false, with `error`). `prepare`, when
// given, runs untimed before each run.
bool time_runs(const std::function<bool(std::string&)>& run, int runs, Timing& out, std::string& error,
               const std::function<void()>& prepare = {});

}  // namespace ip::bench
