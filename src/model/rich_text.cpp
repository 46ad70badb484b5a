#include "model/rich_text.h"

namespace ip {

const char* span_kind_name(SpanKind k) {
    switch (k) {
        case SpanKind::Plain: return "plain";
        case SpanKind::Strong: return "strong";
        case SpanKind::Fact: return "fact";
        case SpanKind::Draft: return "draft";
        case SpanKind::Fill: return "fill";
    }
    return "plain";
}

bool span_kind_from_name(const std::string& name, SpanKind& out) {
    static const std::pair<const char*, SpanKind> kinds[] = {{"plain", SpanKind::Plain},
                                                             {"strong", SpanKind::Strong},
                                                             {"fact", SpanKind::Fact},
                                                             {"draft", SpanKind::Draft},
                                                             {"fill", SpanKind::Fill}};
    for (const auto& [n, k] : kinds) {
        if (name == n) {
            out = k;
            return true;
        }
    }
    return false;
}

std::string rich_to_plain(const Rich& r) {
    std::string out;
    for (const auto& s : r) {
        if (s.kind == SpanKind::Fill) out += "[" + s.text + "]";
        else out += s.text;
    }
    return out;
}

RichBuilder& RichBuilder::add(const std::string& t, SpanKind k) {
    if (t.empty()) return *this;
    // Adjacent spans of one kind merge, so documents stay compact and stable.
    if (!spans_.empty() && spans_.back().kind == k && k != SpanKind::Fill) spans_.back().text += t;
    else spans_.push_back({t, k});
    return *this;
}

RichBuilder& RichBuilder::append(const Rich& r) {
    for (const auto& s : r) add(s.text, s.kind);
    return *this;
}

}  // namespace ip
