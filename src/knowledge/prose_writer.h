// The document's writer state: the one way the engine picks among the
// interchangeable phrasings in assets/ and the one ledger that keeps the whole
// playbook from saying a sentence twice. generate_playbook makes one per
// document; analysis and compose both write through it.
//
// The variant policy: a variant of `key` starts at the index a stable hash of
// "key|seed" chooses (core/seed.h). From there, by what the caller allows:
//   say    - that variant, even if it was said before (titles, labels);
//   fresh  - moves on past variants whose sentences the document already
//            says, and records the one it returns (empty when all are said);
//   next   - each later use of the key with the same seed and topic moves on
//            one variant (three bridge scripts, twelve prep notes), the start
//            hashed from "key|seed|topic"; next_fillable skips variants
//            whose slots cannot all be filled.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/seed.h"
#include "knowledge/knowledge.h"
#include "knowledge/slot_template.h"

namespace ip {

class ProseWriter {
public:
    explicit ProseWriter(const Knowledge& kb) : kb_(kb) {}

    Rich say(const std::string& key, const Seed& seed, const SlotValues& slots = {});
    Rich fresh(const std::string& key, const Seed& seed, const SlotValues& slots = {});
    Rich next(const std::string& key, const Seed& seed, const SlotValues& slots = {}, const std::string& topic = "");
    // The index `next` would fill (0 when the key has no variants), for
    // parallel lists ("key" and "key_why").
    size_t next_index(const std::string& key, const Seed& seed, const std::string& topic = "");
    // The index of the next variant in rotation whose slots `slots` can all
    // fill, trying each variant once; nullopt when none can.
    std::optional<size_t> next_fillable(const std::string& key, const Seed& seed, const SlotValues& slots);

    // Every variant of `key`, filled: lists used whole (the four points of a rubric).
    std::vector<Rich> all(const std::string& key, const SlotValues& slots = {});
    const std::vector<std::string>& variants(const std::string& key) const { return kb_.phrases(key); }
    // `tmpl` filled; a slot it cannot fill is recorded in problems().
    Rich fill(const std::string& tmpl, const SlotValues& slots);

    // Records `text`; false when it (or one of its sentences) was already said.
    bool claim(const std::string& text);
    bool said(const std::string& text) const;

    // Phrasing keys that do not exist and slots left unfilled, one line each
    // ("strength.jd: slot {jd} has no value"); the corpus tests hold it empty.
    const std::vector<std::string>& problems() const { return problems_; }

private:
    Rich fill_variant(const std::string& key, const std::string& tmpl, const SlotValues& slots);
    Rich missing_key(const std::string& key);

    const Knowledge& kb_;
    std::set<std::string> said_;           // sentences, as a reader compares them
    std::map<std::string, size_t> turns_;  // uses per purpose, key, seed and topic (next)
    std::vector<std::string> problems_;
};

// Appends `sentence` after a space; nothing when it is empty (all variants said).
void add_sentence(RichBuilder& b, const Rich& sentence);

// One span as rich text (empty when `text` is), for mixing plain and rich slot values.
Rich one_span(const std::string& text, SpanKind kind);

// `prefix.kind` when the knowledge base has it, else `prefix.default`; `prefix` when `kind` is empty.
std::string kind_key(const Knowledge& kb, const std::string& prefix, const std::string& kind);

}  // namespace ip
