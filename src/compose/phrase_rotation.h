// Picking phrasing variants for a section that uses one key several times
// (three bridge scripts, twelve prep notes): the first use is chosen by a
// stable hash, each later use of the same key moves on to the next variant,
// so no two places print the same sentence while variants last.
#pragma once
#include <map>
#include <string>

#include "knowledge/knowledge.h"

namespace ip {

class PhraseRotation {
public:
    explicit PhraseRotation(std::string seed) : seed_(std::move(seed)) {}

    // The variant index for `key` (0 when the key has no variants). Uses are
    // counted per key and `topic`: sentences about the same topic (one story,
    // one value) move on to the next variant, different topics may share one.
    size_t next_index(const Knowledge& kb, const std::string& key, const std::string& topic = "");
    // The variant itself; empty when the key is missing.
    std::string next(const Knowledge& kb, const std::string& key, const std::string& topic = "");

private:
    std::string seed_;
    std::map<std::string, int> uses_;
};

}  // namespace ip
