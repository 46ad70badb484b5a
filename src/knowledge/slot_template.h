// The one template language of the engine's text: "I {verb_phrase} at {employer}."
// Every {slot} is filled with rich text that keeps its provenance (plain,
// strong, fact, draft, fill-in; see model/rich_text.h), so one template gives
// rich text, or a plain string through rich_to_plain.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/rich_text.h"

namespace ip {

// What fills one slot: one span ({text, kind}) or several (rich text). A
// value may be empty only when it says so (optional_slot): the words before
// a metric ("the change ") are there for some metrics and not others.
struct SlotValue {
    Rich text;
    bool may_be_empty = false;
    SlotValue() = default;
    SlotValue(const std::string& t, SpanKind kind = SpanKind::Plain);
    SlotValue(const char* t) : SlotValue(std::string(t)) {}
    SlotValue(const Span& s) : SlotValue(s.text, s.kind) {}
    SlotValue(Rich r) : text(std::move(r)) {}
};

using SlotValues = std::map<std::string, SlotValue>;

// A slot value that may be empty without that being a problem.
SlotValue optional_slot(const std::string& text, SpanKind kind = SpanKind::Plain);

// A filled template and the slots it could not fill: a slot named in the
// template without a value, or whose value is empty (unless optional_slot).
// Such a slot prints as "{name}" (no value) or nothing (empty value); the
// document's writer reports `missing` (ProseWriter::problems).
struct FilledTemplate {
    Rich text;
    std::vector<std::string> missing;
};

FilledTemplate fill_slots(const std::string& tmpl, const SlotValues& slots);

// True when every {slot} named in `tmpl` has a value in `slots`.
bool template_is_fillable(const std::string& tmpl, const SlotValues& slots);

// Every {slot} name in `tmpl`, in order ("{a} and {b}" -> a, b).
std::vector<std::string> slot_names(const std::string& tmpl);

}  // namespace ip
