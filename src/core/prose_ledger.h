// Keeps a document from saying the same sentence twice: phrasing variants are
// tried from the hashed choice onwards until one reads differently from
// everything already written.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/slot_template.h"

namespace ip {

class ProseLedger {
public:
    // A variant of `key` not written before (its sentences are then recorded);
    // empty when every variant has been used.
    Rich fresh(const Knowledge& kb, const std::string& key, const std::string& seed, const SlotValues& slots);
    // Records `text`; false when it (or one of its sentences) was already written.
    bool claim(const std::string& text);
    bool used(const std::string& text) const;

private:
    bool any_seen(const std::vector<std::string>& keys) const;
    void record(std::vector<std::string> keys);

    std::set<std::string> seen_;
};

// Appends `sentence` after a space; nothing when it is empty (all variants used).
void add_sentence(RichBuilder& b, const Rich& sentence);

}  // namespace ip
