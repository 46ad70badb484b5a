#include "compose/rich_template.h"

#include "core/slot_template.h"

namespace ip {

Rich fill_rich_template(const std::string& tmpl, const RichSlots& slots) {
    RichBuilder b;
    size_t i = 0;
    while (i < tmpl.size()) {
        const size_t open = tmpl.find('{', i);
        const size_t close = open == std::string::npos ? std::string::npos : tmpl.find('}', open);
        if (close == std::string::npos) {
            b.plain(tmpl.substr(i));
            break;
        }
        b.plain(tmpl.substr(i, open - i));
        auto it = slots.find(tmpl.substr(open + 1, close - open - 1));
        if (it != slots.end()) b.append(it->second);
        else b.plain(tmpl.substr(open, close - open + 1));
        i = close + 1;
        // "at {employer}." with "Lowe's Companies, Inc." must not print "Inc..".
        if (it != slots.end() && !it->second.empty() && !it->second.back().text.empty() &&
            it->second.back().text.back() == '.' && i < tmpl.size() && tmpl[i] == '.')
            ++i;
    }
    return b.build();
}

Rich rich_phrase(const Knowledge& kb, const std::string& key, const std::string& seed, const RichSlots& slots) {
    const std::string tmpl = pick_phrase(kb, key, seed);
    // A missing key shows as "{key}" debris, which the text linter reports.
    return fill_rich_template(tmpl.empty() ? "{" + key + "}" : tmpl, slots);
}

Rich rich_phrase(const Knowledge& kb, PhraseRotation& rotation, const std::string& key, const RichSlots& slots) {
    const std::string tmpl = rotation.next(kb, key);
    return fill_rich_template(tmpl.empty() ? "{" + key + "}" : tmpl, slots);
}

Rich one_span(const std::string& text, SpanKind kind) {
    if (text.empty()) return {};
    return {{text, kind}};
}

}  // namespace ip

namespace ip {

std::vector<Rich> rich_phrase_list(const Knowledge& kb, const std::string& key, const RichSlots& slots) {
    std::vector<Rich> out;
    for (const auto& v : kb.phrases(key)) out.push_back(fill_rich_template(v, slots));
    if (out.empty()) out.push_back(fill_rich_template("{" + key + "}", slots));
    return out;
}

std::string kind_key(const Knowledge& kb, const std::string& prefix, const std::string& kind) {
    if (kind.empty()) return prefix;
    const std::string key = prefix + "." + kind;
    return kb.phrases(key).empty() ? prefix + ".default" : key;
}

}  // namespace ip
