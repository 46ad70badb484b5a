#include "analyze/work_kind.h"

#include "analyze/text_match.h"
#include "core/text.h"

namespace ip {

namespace {

bool word_char(char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == '/'; }

// The lower-case opening verbs: "designed and built" gives "designed" and "built".
std::vector<std::string> opening_verbs(const std::string& lower) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < lower.size() && !word_char(lower[i])) ++i;
    size_t e = i;
    while (e < lower.size() && word_char(lower[e])) ++e;
    if (e == i) return out;
    out.push_back(lower.substr(i, e - i));
    if (lower.compare(e, 5, " and ") == 0) {
        size_t f = e + 5;
        while (f < lower.size() && word_char(lower[f])) ++f;
        out.push_back(lower.substr(e + 5, f - e - 5));
    }
    return out;
}

}  // namespace

const StoryKindDef* work_kind(const Knowledge& kb, std::string_view text) {
    if (kb.story_kinds.empty()) return nullptr;
    const std::string lower = to_lower(text);
    const std::vector<std::string> verbs = opening_verbs(lower);
    const StoryKindDef* best = &kb.story_kinds.back();
    int best_score = 0;
    for (const StoryKindDef& kind : kb.story_kinds) {
        int score = 0;
        for (const std::string& v : kind.verbs)
            for (const std::string& w : verbs)
                if (matches_cue(w, v)) score += 3;
        for (const std::string& c : kind.cues)
            if (matches_cue(lower, c)) score += c.find(' ') == std::string::npos ? 1 : 2;
        if (score > best_score) {
            best_score = score;
            best = &kind;
        }
    }
    return best;
}

}  // namespace ip
