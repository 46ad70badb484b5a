// Stable hashing for choosing phrasing variants: the same inputs always pick
// the same words (never time or rand()).
#pragma once
#include <cstdint>
#include <string_view>

namespace ip {

// 64-bit FNV-1a: fixed across platforms, compilers and runs (unlike std::hash).
inline uint64_t stable_hash(std::string_view s, uint64_t seed = 14695981039346656037ULL) {
    uint64_t h = seed;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

// Picks an index in [0, n) from a key; n must be > 0.
inline size_t stable_pick(std::string_view key, size_t n) { return static_cast<size_t>(stable_hash(key) % n); }

}  // namespace ip
