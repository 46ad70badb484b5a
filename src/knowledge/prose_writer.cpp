#include "knowledge/prose_writer.h"

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

Rich ProseWriter::fill(const std::string& tmpl, const SlotValues& slots) { return fill_variant("", tmpl, slots); }

Rich ProseWriter::fill_variant(const std::string& key, const std::string& tmpl, const SlotValues& slots) {
    FilledTemplate f = fill_slots(tmpl, slots);
    for (const auto& name : f.missing)
        problems_.push_back((key.empty() ? "\"" + tmpl + "\"" : key) + ": slot {" + name + "} has no value");
    return std::move(f.text);
}

Rich ProseWriter::missing_key(const std::string& key) {
    problems_.push_back(key + ": no such phrasing key");
    // Shown as "{key}" debris too, which the text linter reports.
    return {{"{" + key + "}", SpanKind::Plain}};
}

Rich ProseWriter::say(const std::string& key, const Seed& seed, const SlotValues& slots) {
    const auto& vs = variants(key);
    if (vs.empty()) return missing_key(key);
    return fill_variant(key, vs[stable_pick(key + "|" + seed.text, vs.size())], slots);
}

Rich ProseWriter::fresh(const std::string& key, const Seed& seed, const SlotValues& slots) {
    const auto& vs = variants(key);
    if (vs.empty()) return missing_key(key);
    const size_t start = stable_pick(key + "|" + seed.text, vs.size());
    for (size_t k = 0; k < vs.size(); ++k) {
        const FilledTemplate f = fill_slots(vs[(start + k) % vs.size()], slots);
        std::vector<std::string> keys = sentence_keys(rich_to_plain(f.text));
        bool seen = false;
        for (const auto& s : keys) seen = seen || said_.count(s) > 0;
        if (seen) continue;
        for (auto& s : keys) said_.insert(std::move(s));
        return fill_variant(key, vs[(start + k) % vs.size()], slots);
    }
    return {};
}

size_t ProseWriter::next_index(const std::string& key, const Seed& seed, const std::string& topic) {
    const size_t n = variants(key).size();
    const std::string turn_key = std::to_string(static_cast<int>(seed.purpose)) + '\x1f' + key + '\x1f' + seed.text +
                                 '\x1f' + topic;
    const size_t used = turns_[turn_key]++;
    if (n == 0) return 0;
    return (stable_pick(key + "|" + seed.text + "|" + topic, n) + used) % n;
}

std::optional<size_t> ProseWriter::next_fillable(const std::string& key, const Seed& seed, const SlotValues& slots) {
    const auto& vs = variants(key);
    for (size_t tries = 0; tries < vs.size(); ++tries)
        if (const size_t i = next_index(key, seed); template_is_fillable(vs[i], slots)) return i;
    return std::nullopt;
}

Rich ProseWriter::next(const std::string& key, const Seed& seed, const SlotValues& slots, const std::string& topic) {
    const size_t i = next_index(key, seed, topic);
    const auto& vs = variants(key);
    if (vs.empty()) return missing_key(key);
    return fill_variant(key, vs[i], slots);
}

std::vector<Rich> ProseWriter::all(const std::string& key, const SlotValues& slots) {
    std::vector<Rich> out;
    for (const auto& v : variants(key)) out.push_back(fill_variant(key, v, slots));
    if (out.empty()) out.push_back(missing_key(key));
    return out;
}

bool ProseWriter::said(const std::string& text) const {
    for (const auto& s : sentence_keys(text))
        if (said_.count(s)) return true;
    return false;
}

bool ProseWriter::claim(const std::string& text) {
    const bool was_said = said(text);
    for (auto& s : sentence_keys(text)) said_.insert(std::move(s));
    return !was_said;
}

void add_sentence(RichBuilder& b, const Rich& sentence) {
    if (sentence.empty()) return;
    if (!b.empty()) b.plain(" ");
    b.append(sentence);
}

Rich one_span(const std::string& text, SpanKind kind) {
    if (text.empty()) return {};
    return {{text, kind}};
}

std::string kind_key(const Knowledge& kb, const std::string& prefix, const std::string& kind) {
    if (kind.empty()) return prefix;
    const std::string key = prefix + "." + kind;
    return kb.phrases(key).empty() ? prefix + ".default" : key;
}

}  // namespace ip
