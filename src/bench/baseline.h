// What every bench figure is set against: a fixed CPU task timed in the same
// process (so a run on a busy or slower machine still compares, as
// "2.1x baseline"), and the process's peak memory.
#pragma once

namespace ip::bench {

// Sorts 100,000 integers from a fixed LCG. tools/bench-wasm.mjs times the
// same task in JavaScript.
void baseline_work();

// Peak resident memory of this process so far, in KB (getrusage ru_maxrss).
long peak_rss_kb();

}  // namespace ip::bench
