#include "parse/skill_matcher.h"

#include <algorithm>

#include "core/text.h"
#include "knowledge/word_lists.h"
#include "parse/match_tokens.h"
#include "parse/skill_index.h"

namespace ip {

namespace {

// Tokens of one alias may be written with spaces, one hyphen, slash or
// underscore between them ("Spring Boot", "scikit-learn", "CI/CD").
bool joinable_gap(std::string_view gap) {
    if (gap.size() > 3) return false;
    int marks = 0;
    for (char c : gap) {
        if (c == ' ') continue;
        if (c == '-' || c == '/' || c == '_') ++marks;
        else return false;
    }
    return marks <= 1;
}

// Words before a lone capital letter that make it a label, not a language.
bool labels_a_letter(const Knowledge& kb, const std::string& key) {
    return kb.words.has(WordList::SkillLetterLabels, key);
}

// A one- or two-letter name must stand alone: not "C-level", "R&D", "Go-to-market".
bool short_name_stands_alone(std::string_view text, size_t begin, size_t end) {
    auto joins = [](char c) { return c == '-' || c == '&' || c == '\''; };
    if (begin >= 2 && joins(text[begin - 1]) && is_ascii_alnum(text[begin - 2])) return false;
    if (end + 1 < text.size() && joins(text[end]) && is_ascii_alnum(text[end + 1])) {
        // A possessive is still the name ("Go's scheduler").
        const bool possessive = text[end] == '\'' && text[end + 1] == 's' &&
                                (end + 2 >= text.size() || !is_ascii_alnum(text[end + 2]));
        if (!possessive) return false;
    }
    return true;
}

// "J. Smith": a capital letter and a full stop before a capitalised word is an initial.
bool looks_like_initial(std::string_view text, size_t end) {
    return end + 2 < text.size() && text[end] == '.' && text[end + 1] == ' ' && is_ascii_upper(text[end + 2]);
}

// "React" in prose, "REST" in capitals: an everyday word only counts as the product when written like it.
bool capitalised_as_written(std::string_view written, bool all_caps) {
    if (written.empty() || !is_ascii_upper(written[0])) return false;
    if (all_caps) return std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return true;
}

class Matcher {
public:
    Matcher(const Knowledge& kb, std::string_view text, bool in_list)
        : kb_(kb), index_(skill_index_for(kb)), text_(text), in_list_(in_list), tokens_(match_tokens(text)) {}

    std::vector<SkillHit> run() {
        std::vector<SkillHit> hits;
        size_t i = 0;
        while (i < tokens_.size()) {
            size_t best_alias = 0, best_len = 0;
            consider(i, tokens_[i].key, false, best_alias, best_len);
            const std::string& key = tokens_[i].key;
            if (key.size() >= 6 && key.back() == 's') {
                consider(i, key.substr(0, key.size() - 1), true, best_alias, best_len);
                if (ends_with_es(key)) consider(i, key.substr(0, key.size() - 2), true, best_alias, best_len);
            }
            if (best_len == 0) {
                ++i;
                continue;
            }
            const SkillAlias& a = index_.aliases[best_alias];
            const size_t begin = tokens_[i].begin, end = tokens_[i + best_len - 1].end;
            hits.push_back(SkillHit{a.skill, begin, end - begin});
            i += best_len;
        }
        return hits;
    }

private:
    static bool ends_with_es(const std::string& k) { return k.size() > 2 && k[k.size() - 2] == 'e'; }

    // Tries every alias whose first key is `first`; keeps the longest match
    // (ties: the earlier alias, i.e. taxonomy order, names before aliases).
    void consider(size_t i, const std::string& first, bool plural, size_t& best_alias, size_t& best_len) const {
        auto it = index_.by_first_key.find(first);
        if (it == index_.by_first_key.end()) return;
        for (uint32_t id : it->second) {
            const SkillAlias& a = index_.aliases[id];
            const size_t len = a.keys.size();
            if (len < best_len || (len == best_len && id >= best_alias) || i + len > tokens_.size()) continue;
            if (plural && (len != 1 || !a.exact.empty())) continue;
            if (!matches(i, a)) continue;
            best_alias = id;
            best_len = len;
        }
    }

    bool matches(size_t i, const SkillAlias& a) const {
        const size_t last = i + a.keys.size() - 1;
        for (size_t k = 1; k < a.keys.size(); ++k) {
            const MatchToken& t = tokens_[i + k];
            if (!joinable_gap(text_.substr(tokens_[i + k - 1].end, t.begin - tokens_[i + k - 1].end))) return false;
            const std::string& want = a.keys[k];
            const bool plural_tail = i + k == last && want.size() >= 3 && (t.key == want + "s" || t.key == want + "es");
            if (t.key != want && !plural_tail) return false;
        }
        const size_t begin = tokens_[i].begin, end = tokens_[last].end;
        const std::string_view written = text_.substr(begin, end - begin);
        if (!a.exact.empty()) {
            if (written != a.exact || !short_name_stands_alone(text_, begin, end)) return false;
            if (a.single_letter) {
                if (looks_like_initial(text_, end)) return false;
                if (i > 0 && labels_a_letter(kb_, tokens_[i - 1].key)) return false;
            }
        }
        if (a.needs_capital && !in_list_ && !capitalised_as_written(written, a.all_caps)) return false;
        return true;
    }

    const Knowledge& kb_;
    const SkillIndex& index_;
    std::string_view text_;
    bool in_list_;
    std::vector<MatchToken> tokens_;
};

std::vector<std::string> names_of(const Knowledge& kb, const std::vector<SkillHit>& hits) {
    std::vector<std::string> names;
    for (const SkillHit& h : hits) {
        const std::string& name = kb.skills[h.skill].name;
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    return names;
}

}  // namespace

std::vector<SkillHit> find_skill_hits(const Knowledge& kb, std::string_view text) {
    return Matcher(kb, text, false).run();
}

std::vector<SkillHit> find_skill_hits_in_list(const Knowledge& kb, std::string_view text) {
    return Matcher(kb, text, true).run();
}

std::vector<std::string> find_skills(const Knowledge& kb, std::string_view text) {
    return names_of(kb, find_skill_hits(kb, text));
}

}  // namespace ip
