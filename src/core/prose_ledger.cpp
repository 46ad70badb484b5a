#include "core/prose_ledger.h"

#include <vector>

#include "core/stable_hash.h"

namespace ip {

namespace {

// Sentences, lower-cased with punctuation dropped, as a reader would compare them.
std::vector<std::string> sentence_keys(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        while (!cur.empty() && cur.back() == ' ') cur.pop_back();
        if (cur.size() >= 12) out.push_back(cur);
        cur.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':') {
            flush();
            continue;
        }
        if ((c >= 'A' && c <= 'Z')) cur += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) cur += c;
        else if (!cur.empty() && cur.back() != ' ') cur += ' ';
    }
    flush();
    return out;
}

}  // namespace

bool ProseLedger::any_seen(const std::vector<std::string>& keys) const {
    for (const auto& k : keys)
        if (seen_.count(k)) return true;
    return false;
}

void ProseLedger::record(std::vector<std::string> keys) {
    for (auto& k : keys) seen_.insert(std::move(k));
}

bool ProseLedger::used(const std::string& text) const { return any_seen(sentence_keys(text)); }

bool ProseLedger::claim(const std::string& text) {
    std::vector<std::string> keys = sentence_keys(text);
    const bool fresh = !any_seen(keys);
    record(std::move(keys));
    return fresh;
}

Rich ProseLedger::fresh(const Knowledge& kb, const std::string& key, const std::string& seed, const SlotValues& slots) {
    const auto& variants = kb.phrases(key);
    if (variants.empty()) return fill_template("{" + key + "}", slots);
    const size_t start = stable_pick(key + "|" + seed, variants.size());
    for (size_t k = 0; k < variants.size(); ++k) {
        Rich r = fill_template(variants[(start + k) % variants.size()], slots);
        std::vector<std::string> keys = sentence_keys(rich_to_plain(r));
        if (!any_seen(keys)) {
            record(std::move(keys));
            return r;
        }
    }
    return {};
}

void add_sentence(RichBuilder& b, const Rich& sentence) {
    if (sentence.empty()) return;
    if (!b.empty()) b.plain(" ");
    b.append(sentence);
}

}  // namespace ip
