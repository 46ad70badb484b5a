#include "compose/phrase_rotation.h"

#include "core/stable_hash.h"

namespace ip {

size_t PhraseRotation::next_index(const Knowledge& kb, const std::string& key) {
    const size_t n = kb.phrases(key).size();
    const int used = uses_[key]++;
    if (n == 0) return 0;
    return (stable_pick(key + "|" + seed_, n) + static_cast<size_t>(used)) % n;
}

std::string PhraseRotation::next(const Knowledge& kb, const std::string& key) {
    const auto& variants = kb.phrases(key);
    const size_t i = next_index(kb, key);
    return variants.empty() ? std::string() : variants[i];
}

int PhraseRotation::uses(const std::string& key) const {
    auto it = uses_.find(key);
    return it == uses_.end() ? 0 : it->second;
}

}  // namespace ip
