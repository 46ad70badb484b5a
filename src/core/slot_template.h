// Phrasing templates from assets/phrasing.json: "I {verb_phrase} at {employer}."
// Slots are filled with spans that keep their provenance (fact/draft/fill), so
// a template produces rich text, not a flat string.
#pragma once
#include <map>
#include <string>

#include "knowledge/knowledge.h"
#include "model/rich_text.h"

namespace ip {

using SlotValues = std::map<std::string, Span>;

// Splits `tmpl` into plain text and slot spans. A slot without a value is left
// as "{name}" in a plain span so the text linter reports it loudly.
Rich fill_template(const std::string& tmpl, const SlotValues& slots);

// True when every {slot} named in `tmpl` has a value in `slots`.
bool template_is_fillable(const std::string& tmpl, const SlotValues& slots);

// A variant of phrasing `key` chosen by a stable hash of `seed` (the same
// inputs always choose the same words); empty when the key is missing.
std::string pick_phrase(const Knowledge& kb, const std::string& key, const std::string& seed);

// pick_phrase + fill_template.
Rich phrase(const Knowledge& kb, const std::string& key, const std::string& seed, const SlotValues& slots);

}  // namespace ip
