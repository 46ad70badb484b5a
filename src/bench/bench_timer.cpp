#include "bench/bench_timer.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace ip::bench {

bool time_runs(const std::function<bool(std::string&)>& run, int runs, Timing& out, std::string& error,
               const std::function<void()>& prepare) {
    using clock = std::chrono::steady_clock;
    if (prepare) prepare();
    if (!run(error)) return false;  // warm-up: caches, lazily built indexes
    std::vector<double> us;
    us.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        if (prepare) prepare();
        const auto t0 = clock::now();
        const bool ok = run(error);
        const auto t1 = clock::now();
        if (!ok) return false;
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::sort(us.begin(), us.end());
    out.runs = runs;
    out.min_us = us.front();
    out.max_us = us.back();
    out.median_us = us.size() % 2 ? us[us.size() / 2] : (us[us.size() / 2 - 1] + us[us.size() / 2]) / 2.0;
    return true;
}

}  // namespace ip::bench
