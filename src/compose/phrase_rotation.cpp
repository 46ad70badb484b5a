#include "compose/phrase_rotation.h"

#include "core/stable_hash.h"

namespace ip {

size_t PhraseRotation::next_index(const Knowledge& kb, const std::string& key, const std::string& topic) {
    const size_t n = kb.phrases(key).size();
    const int used = uses_[key + "|" + topic]++;
    if (n == 0) return 0;
    return (stable_pick(key + "|" + seed_ + "|" + topic, n) + static_cast<size_t>(used)) % n;
}

std::string PhraseRotation::next(const Knowledge& kb, const std::string& key, const std::string& topic) {
    const auto& variants = kb.phrases(key);
    const size_t i = next_index(kb, key, topic);
    return variants.empty() ? std::string() : variants[i];
}

}  // namespace ip
