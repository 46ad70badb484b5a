// Phrasing templates whose slots take rich text: "For example, I {achievement}."
// where the achievement is "designed and built " (plain) + the resume's own
// words (fact). fill_template (core/slot_template.h) takes one span per slot;
// this takes several, so quoted resume words keep their provenance.
#pragma once
#include <map>
#include <vector>
#include <string>

#include "compose/phrase_rotation.h"
#include "knowledge/knowledge.h"
#include "model/rich_text.h"

namespace ip {

using RichSlots = std::map<std::string, Rich>;

// A slot without a value stays as "{name}" in a plain span so the text linter reports it.
Rich fill_rich_template(const std::string& tmpl, const RichSlots& slots);

// A variant of phrasing `key` chosen by a stable hash of `seed`, filled with rich slots.
Rich rich_phrase(const Knowledge& kb, const std::string& key, const std::string& seed, const RichSlots& slots);

// The next variant of `key` in a rotation (see phrase_rotation.h), filled with rich slots.
Rich rich_phrase(const Knowledge& kb, PhraseRotation& rotation, const std::string& key, const RichSlots& slots);

// One span as rich text, for mixing plain and rich slot values.
Rich one_span(const std::string& text, SpanKind kind);

}  // namespace ip

namespace ip {

// Every variant of `key`, filled: for phrasing lists that are used whole
// (the four points of a rubric), not picked from.
std::vector<Rich> rich_phrase_list(const Knowledge& kb, const std::string& key, const RichSlots& slots);

// `prefix.kind` when the knowledge base has it, else `prefix.default`; `prefix` when `kind` is empty.
std::string kind_key(const Knowledge& kb, const std::string& prefix, const std::string& kind);

}  // namespace ip
