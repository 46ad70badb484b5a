#include "knowledge/slot_template.h"

namespace ip {

SlotValue::SlotValue(const std::string& t, SpanKind kind) {
    if (!t.empty()) text.push_back({t, kind});
}

SlotValue optional_slot(const std::string& text, SpanKind kind) {
    SlotValue v(text, kind);
    v.may_be_empty = true;
    return v;
}

namespace {

bool is_empty(const Rich& r) {
    for (const auto& s : r)
        if (!s.text.empty()) return false;
    return true;
}

}  // namespace

FilledTemplate fill_slots(const std::string& tmpl, const SlotValues& slots) {
    FilledTemplate out;
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
        const std::string name = tmpl.substr(open + 1, close - open - 1);
        auto it = slots.find(name);
        i = close + 1;
        if (it == slots.end()) {
            // Left visible, so a missed report still shows in the text linter.
            b.plain(tmpl.substr(open, close - open + 1));
            out.missing.push_back(name);
            continue;
        }
        if (!it->second.may_be_empty && is_empty(it->second.text)) out.missing.push_back(name);
        b.append(it->second.text);
        // "at {employer}." with "Lowe's Companies, Inc." must not print "Inc..".
        const Rich& v = it->second.text;
        if (!v.empty() && !v.back().text.empty() && v.back().text.back() == '.' && i < tmpl.size() && tmpl[i] == '.')
            ++i;
    }
    out.text = b.build();
    return out;
}

std::vector<std::string> slot_names(const std::string& tmpl) {
    std::vector<std::string> out;
    size_t i = 0;
    while ((i = tmpl.find('{', i)) != std::string::npos) {
        const size_t close = tmpl.find('}', i);
        if (close == std::string::npos) break;
        out.push_back(tmpl.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    return out;
}

bool template_is_fillable(const std::string& tmpl, const SlotValues& slots) {
    if (tmpl.find('{') != std::string::npos && tmpl.find('}', tmpl.find('{')) == std::string::npos) return false;
    for (const auto& name : slot_names(tmpl))
        if (!slots.count(name)) return false;
    return true;
}

}  // namespace ip
