#include "core/slot_template.h"

#include "core/stable_hash.h"

namespace ip {

Rich fill_template(const std::string& tmpl, const SlotValues& slots) {
    RichBuilder b;
    size_t i = 0;
    while (i < tmpl.size()) {
        const size_t open = tmpl.find('{', i);
        if (open == std::string::npos) {
            b.plain(tmpl.substr(i));
            break;
        }
        const size_t close = tmpl.find('}', open);
        if (close == std::string::npos) {
            b.plain(tmpl.substr(i));
            break;
        }
        b.plain(tmpl.substr(i, open - i));
        const std::string name = tmpl.substr(open + 1, close - open - 1);
        auto it = slots.find(name);
        if (it != slots.end()) b.add(it->second.text, it->second.kind);
        else b.plain(tmpl.substr(open, close - open + 1));
        i = close + 1;
    }
    return b.build();
}

bool template_is_fillable(const std::string& tmpl, const SlotValues& slots) {
    size_t i = 0;
    while ((i = tmpl.find('{', i)) != std::string::npos) {
        const size_t close = tmpl.find('}', i);
        if (close == std::string::npos) return false;
        if (!slots.count(tmpl.substr(i + 1, close - i - 1))) return false;
        i = close + 1;
    }
    return true;
}

std::string pick_phrase(const Knowledge& kb, const std::string& key, const std::string& seed) {
    const auto& variants = kb.phrases(key);
    if (variants.empty()) return {};
    return variants[stable_pick(key + "|" + seed, variants.size())];
}

Rich phrase(const Knowledge& kb, const std::string& key, const std::string& seed, const SlotValues& slots) {
    const std::string tmpl = pick_phrase(kb, key, seed);
    // A missing key shows as "{key}" debris, which the text linter reports.
    return fill_template(tmpl.empty() ? "{" + key + "}" : tmpl, slots);
}

}  // namespace ip
