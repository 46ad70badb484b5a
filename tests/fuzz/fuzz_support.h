// Shared by the libFuzzer harnesses: the knowledge base (loaded once per
// process from the source tree's assets/) and the fixed "today" the readers
// resolve "Present" against, so every run of an input behaves the same.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

#include "knowledge/knowledge.h"

namespace ip::fuzz {

inline constexpr const char* kToday = "2026-11-26";

inline const Knowledge& knowledge() {
    static const Knowledge kb = [] {
        Knowledge loaded;
        std::string error;
        if (!load_knowledge_dir(IP_SOURCE_ASSETS_DIR, loaded, error)) {
            std::fprintf(stderr, "fuzz: the knowledge base does not load: %s\n", error.c_str());
            std::abort();
        }
        return loaded;
    }();
    return kb;
}

// A failed result must explain itself: an empty error line is a bug.
inline void require_message(bool ok, const std::string& error, const char* where) {
    if (!ok && error.empty()) {
        std::fprintf(stderr, "fuzz: %s failed without a message\n", where);
        std::abort();
    }
}

}  // namespace ip::fuzz
