#include "compose/resume_voice.h"

#include <algorithm>
#include <vector>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "compose/object_article.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

std::string trim_dangling(const Knowledge& kb, std::string s) {
    for (bool cut = true; cut;) {
        cut = false;
        while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == ' ')) s.pop_back();
        for (const std::string& tail : kb.words.list(WordList::DanglingTails))
            if (const std::string w = " " + tail; ends_with(s, w) && s.size() > w.size()) {
                s.resize(s.size() - w.size());
                cut = true;
                break;
            }
    }
    return s;
}

std::string clause_excerpt(const Knowledge& kb, const std::string& text, size_t max_chars) {
    std::string e = excerpt(text, max_chars);
    if (e.size() >= strip_trailing_period(text).size()) return e;
    // The last ", " or "; " outside parentheses; else stop before an unclosed "(".
    size_t cut = std::string::npos, open = std::string::npos;
    int depth = 0;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e[i] == '(') {
            if (depth++ == 0) open = i;
        } else if (e[i] == ')' && depth > 0) {
            --depth;
        } else if (depth == 0 && (e[i] == ',' || e[i] == ';') && i + 1 < e.size() && e[i + 1] == ' ') {
            cut = i;
        }
    }
    // An unclosed "(" is never printed, however early it opens.
    if (depth > 0 && open > 0 && (cut == std::string::npos || cut < open)) {
        e.resize(open);
        return trim_dangling(kb, e);
    }
    if (cut != std::string::npos && cut >= 30) e.resize(cut);
    return trim_dangling(kb, e);
}

namespace {

// True for a word that reads as an action verb at the start of a resume line:
// a known past or base form, a regular past tense ("Added", "Filled"), or a
// prefixed one ("co-wrote", "re-architected").
bool action_word(const Knowledge& kb, const std::string& lower) {
    if (lower.size() < 3) return false;
    if (kb.verb(lower)) return true;
    // A base form ("Manage 2 teams") speaks; a gerund ("Leading ...") does not.
    if (const VerbDef* v = kb.verb_other_form(lower); v && v->base == lower) return true;
    const size_t dash = lower.find('-');
    if (dash != std::string::npos && dash + 1 < lower.size() && action_word(kb, lower.substr(dash + 1))) return true;
    if (lower.size() < 5 || !ends_with(lower, "ed")) return false;
    // Adjectives that open a line the same way: "Certified ...", "Detail-oriented ...".
    for (const std::string& adj : kb.words.list(WordList::OpeningAdjectives))
        if (lower == adj || ends_with(lower, "-" + adj)) return false;
    return true;
}

// A line that opens with a role ("Tech lead for the lakehouse ...", "Charge
// nurse 1-2 shifts a week ...", "Member of the practice council") is said as
// "served as ..."; "Lead 62 engineers ..." and "Mentor 3 engineers" are verbs.
bool opens_with_role(const Knowledge& kb, const std::string& text) {
    const auto role = [&](const std::string& w) { return kb.words.has(WordList::LineRoleNouns, w); };
    std::vector<std::string> words = split(to_lower(text), ' ');
    for (auto& w : words) w = strip_trailing_period(w);
    if (words.size() > 1 && role(words[0]) && kb.words.has(WordList::LineRoleFollowers, words[1])) return true;
    for (size_t i = 1; i < words.size() && i < 3; ++i)
        if (role(words[i])) return true;
    return false;
}

// The line's opening verbs as the candidate would say them ("designed and
// built"), and the rest; a present-tense line ("Manage 2 teams") keeps its
// tense. A line that opens with a noun ("Member of the practice council;
// co-wrote the checklist ...") is spoken from its first clause that opens
// with a verb. Empty verbs when no clause does.
std::pair<std::string, std::string> spoken_parts(const Knowledge& kb, const Bullet& b) {
    const BulletParts parts = split_bullet(kb, b);
    if (!parts.verbs.empty() && !parts.rest.empty()) return {lower_first_word(parts.verbs), parts.rest};
    const std::string text = strip_trailing_period(b.text);
    size_t start = 0;
    while (start < text.size()) {
        const std::string clause = text.substr(start);
        const size_t space = clause.find(' ');
        // "Lead engineer for ..." names a role; "lead" is not the verb there.
        if (space != std::string::npos && action_word(kb, leading_word(clause)) && !opens_with_role(kb, clause))
            return {lower_first_word(clause.substr(0, space)), trim(clause.substr(space + 1))};
        size_t next = std::string::npos;
        for (const char* sep : {"; ", ": "}) next = std::min(next, text.find(sep, start));
        if (next == std::string::npos) break;
        start = next + 2;
    }
    return {};
}

}  // namespace

bool speaks_as_action(const Knowledge& kb, const BulletRef& b) { return !spoken_parts(kb, *b.bullet).first.empty(); }

bool speaks_in_first_person(const Knowledge& kb, const BulletRef& b) {
    return speaks_as_action(kb, b) || opens_with_role(kb, b.bullet->text);
}

Rich achievement(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const auto [verbs, rest] = spoken_parts(kb, *b.bullet);
    RichBuilder r;
    if (!verbs.empty())
        r.plain(verbs + " " + article_for_object(kb, verbs, rest)).fact(clause_excerpt(kb, rest, max_chars));
    else if (opens_with_role(kb, b.bullet->text))
        r.plain("served as ").fact(clause_excerpt(kb, b.bullet->text, max_chars));
    else r.plain("did this: \"").fact(clause_excerpt(kb, b.bullet->text, max_chars)).plain("\"");
    return r.build();
}

Rich you_achieved(const Knowledge& kb, const BulletRef& b, size_t max_chars) {
    const auto [verbs, rest] = spoken_parts(kb, *b.bullet);
    RichBuilder r;
    if (!verbs.empty())
        r.plain("You " + verbs + " " + article_for_object(kb, verbs, rest)).fact(clause_excerpt(kb, rest, max_chars));
    else if (opens_with_role(kb, b.bullet->text))
        r.plain("You served as ").fact(clause_excerpt(kb, b.bullet->text, max_chars));
    else r.plain("Your resume says \"").fact(clause_excerpt(kb, b.bullet->text, max_chars)).plain("\"");
    return r.build();
}

Rich employer_ref(const BulletRef& b) {
    RichBuilder r;
    if (b.employer.empty()) r.plain("a previous employer");
    else if (b.is_project) r.plain("the ").fact(b.employer).plain(" project");
    else r.fact(b.employer);
    return r.build();
}

std::vector<const BulletRef*> strength_bullets(const Playbook& doc, const Analysis& a, size_t n) {
    std::vector<const BulletRef*> out;
    auto add = [&](const BulletRef* b) {
        if (b && out.size() < n && std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    };
    for (const auto& s : doc.fit.strengths)
        if (!s.evidence.empty()) add(a.bullet(s.evidence.front()));
    std::vector<const BulletRef*> ranked;
    for (const auto& b : a.bullets) ranked.push_back(&b);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const BulletRef* x, const BulletRef* y) { return x->impact > y->impact; });
    for (const BulletRef* b : ranked) add(b);
    return out;
}

std::string strongest_metric(const BulletRef& b) { return lead_metric(*b.bullet); }

}  // namespace ip
