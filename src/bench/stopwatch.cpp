#include "bench/stopwatch.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

namespace ip::bench {

double median_ms(int runs, int warmup, const std::function<void()>& prepare, const std::function<void()>& work) {
    for (int i = 0; i < warmup; ++i) {
        prepare();
        work();
    }
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        prepare();
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    size_t n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

void baseline_work() {
    std::vector<uint32_t> values(100000);
    uint32_t state = 12345;
    for (uint32_t& v : values) {
        state = state * 1664525u + 1013904223u;  // Numerical Recipes LCG: fixed input, no rand()
        v = state;
    }
    std::sort(values.begin(), values.end());
    // Keeps the sort from being optimised away.
    static volatile uint32_t sink;
    sink = values[values.size() / 2];
}

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace ip::bench
