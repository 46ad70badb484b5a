#include "bench/baseline.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace ip::bench {

void baseline_work() {
    std::vector<uint32_t> values(100000);
    uint32_t state = 12345;
    for (uint32_t& v : values) {
        state = state * 1664525u + 1013904223u;  // Numerical Recipes LCG: a fixed input, no rand()
        v = state;
    }
    std::sort(values.begin(), values.end());
    static volatile uint32_t sink;  // keeps the sort from being optimised away
    sink = values[values.size() / 2];
}

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace ip::bench
