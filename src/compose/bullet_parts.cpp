#include "compose/bullet_parts.h"

#include <algorithm>
#include <cctype>

#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/word_lists.h"
#include "parse/action_verb.h"

namespace ip {

namespace {

using enum WordList;

size_t word_end(const std::string& s, size_t from) {
    size_t e = from;
    while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ';') ++e;
    return e;
}

// Where the object phrase stops: a preposition, a participle, or punctuation.
size_t object_end(const Knowledge& kb, const std::string& rest) {
    size_t end = rest.size();
    const auto stop_at = [&](const std::string& s) {
        const size_t p = rest.find(s);
        if (p != std::string::npos && p > 0) end = std::min(end, p);
    };
    for (const std::string& w : kb.words.list(BulletObjectStops)) stop_at(" " + w + " ");
    for (const std::string& w : kb.words.list(BulletObjectStopStarts)) stop_at(" " + w);
    for (const char* dash : {" – ", " — ", " - "}) stop_at(dash);
    for (char c : {',', ';', ':', '('}) {
        const size_t p = rest.find(c);
        if (p != std::string::npos && p > 0) end = std::min(end, p);
    }
    return end;
}

// Words that open a line naming a role ("Tech lead for ...", "Member of the
// council") rather than an action.
bool role_word(const Knowledge& kb, const std::string& lower) { return kb.words.has(BulletRoleOpeners, lower); }

}  // namespace

BulletParts split_bullet(const Knowledge& kb, const Bullet& b) {
    BulletParts p;
    const std::string text = strip_trailing_period(b.text);
    size_t pos = 0;
    if (kb.verb(leading_word(text))) {
        pos = word_end(text, 0);
        // "Designed and built", "Led and mentored": a second verb joined by "and".
        if (text.compare(pos, 5, " and ") == 0) {
            const size_t second = pos + 5;
            const size_t second_end = word_end(text, second);
            if (kb.verb(to_lower(text.substr(second, second_end - second)))) pos = second_end;
        }
        p.verbs = text.substr(0, pos);
    }
    p.rest = trim(text.substr(pos));
    p.object = trim(p.rest.substr(0, object_end(kb, p.rest)));
    // "Lead engineer for the store-ranking model ...": the work is what the role is for.
    if (p.verbs.empty() && role_word(kb, to_lower(p.object.substr(0, p.object.find(' '))))) {
        for (const std::string& link : kb.words.list(BulletRoleLinks)) {
            const std::string prep = " " + link + " ";
            const size_t at = p.rest.find(prep);
            if (at == std::string::npos || at > p.object.size()) continue;
            const std::string work = p.rest.substr(at + prep.size());
            p.object = trim(work.substr(0, object_end(kb, work)));
            break;
        }
    }

    for (const std::string& lead : kb.words.list(BulletMethodLeads)) {
        const size_t at = text.find(" " + lead + " ");
        if (at == std::string::npos) continue;
        std::string method = text.substr(at + 1);
        const size_t stop = method.find_first_of(",;");
        if (stop != std::string::npos) method = method.substr(0, stop);
        p.method = trim(method);
        break;
    }

    if (!b.metrics.empty()) {
        // The result is the clause with an outcome number (a percentage, a
        // before/after, money), else the last number: results come last.
        const Metric* outcome = &b.metrics.back();
        for (const MetricKind kind : {MetricKind::Percent, MetricKind::TimeDelta, MetricKind::Money,
                                      MetricKind::Multiplier, MetricKind::Latency}) {
            auto it = std::find_if(b.metrics.begin(), b.metrics.end(), [&](const Metric& m) { return m.kind == kind; });
            if (it != b.metrics.end()) {
                outcome = &*it;
                break;
            }
        }
        p.result_metric = *outcome;
        const size_t metric_at = text.find(outcome->text);
        if (metric_at != std::string::npos) {
            size_t start = 0;
            for (const char* sep : {", ", "; ", " – ", " — "}) {
                const size_t s = text.rfind(sep, metric_at);
                if (s != std::string::npos) start = std::max(start, s + std::string(sep).size());
            }
            // A participle ("processing 2B+ events") opens the result clause.
            size_t scan = metric_at;
            while (scan > start) {
                const size_t sp = text.rfind(' ', scan - 1);
                if (sp == std::string::npos || sp < start) break;
                const size_t we = word_end(text, sp + 1);
                const std::string w = text.substr(sp + 1, we - sp - 1);
                if (w.size() > 4 && ends_with(w, "ing") && w.find('-') == std::string::npos) {
                    start = sp + 1;
                    break;
                }
                scan = sp;
            }
            p.result = trim(text.substr(start));
            // What was done, without the result: "Designed and built ... using Java and Python".
            if (start > p.verbs.size()) {
                std::string done = trim(text.substr(p.verbs.size(), start - p.verbs.size()));
                while (!done.empty() && (done.back() == ',' || done.back() == ';')) done.pop_back();
                p.action = trim(done);
            }
        }
    }
    // When the number sits in the main clause, the result is the whole line and
    // the action names only what was acted on, so the story does not say it twice.
    if (p.action.empty()) p.action = p.result.empty() || p.object.empty() ? p.rest : p.object;
    return p;
}

namespace {

std::string bare_word(const std::string& w) {
    size_t b = 0, e = w.size();
    while (b < e && std::ispunct(static_cast<unsigned char>(w[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(w[e - 1]))) --e;
    return to_lower(w.substr(b, e - b));
}

// A verb in any form a resume line opens with: "managed", "manage", "co-own",
// and past tenses verbs.json lacks ("relaunched", "rewrote").
bool verb_form(const Knowledge& kb, const std::string& lower) {
    if (lower.empty()) return false;
    if (known_verb_form(kb, lower)) return true;
    const size_t dash = lower.find('-');
    return dash != std::string::npos && dash + 1 < lower.size() && verb_form(kb, lower.substr(dash + 1));
}

// Words that end the name of the work: "... program since 2023", "... tests per year".
bool ends_subject(const Knowledge& kb, const std::string& lower) { return kb.words.has(BulletSubjectEnders, lower); }

bool starts_with_digit(const std::string& w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

bool count_or_determiner(const Knowledge& kb, const std::string& word) {
    if (kb.words.has(BulletDeterminers, to_lower(word))) return true;
    const char c = word.empty() ? ' ' : word[0];
    return (c >= '0' && c <= '9') || c == '$' || c == '~' || static_cast<unsigned char>(c) >= 0x80;
}

// Person and role nouns: "Lead Engineer" or "Associates" alone names no work.
bool names_people(const Knowledge& kb, const std::string& lower) {
    for (const std::string& end : kb.words.list(BulletPeopleEndings))
        if (ends_with(lower, end)) return true;
    return false;
}

}  // namespace

std::string story_subject(const Knowledge& kb, const BulletParts& parts) {
    // Words, not split(' '): a doubled space would give an empty word, and empty words have no back().
    const std::vector<std::string> words = split_words(parts.object);
    size_t i = 0;
    // With no verb split off, a regular past tense opens the line ("Relaunched
    // the loyalty program"); after one, "distributed" is an adjective.
    const auto opening_verb = [&](size_t at, bool second) {
        const std::string w = bare_word(words[at]);
        return verb_form(kb, w) || (parts.verbs.empty() && (at == 0 || second) && w.size() >= 5 && ends_with(w, "ed") &&
                                    w.find('-') == std::string::npos);
    };
    while (i < words.size() && opening_verb(i, false)) {
        ++i;
        if (i + 1 < words.size() && words[i] == "and" && opening_verb(i + 1, true)) i += 2;
        // "Rolled out", "Set up": the verb's particle.
        if (i < words.size()) {
            const std::string w = bare_word(words[i]);
            if (kb.words.has(BulletVerbParticles, w)) ++i;
        }
    }
    while (i < words.size() && count_or_determiner(kb, words[i])) ++i;
    if (i < words.size() && (role_word(kb, bare_word(words[i])) || ends_subject(kb, bare_word(words[i])))) return {};
    constexpr size_t kMostWords = 5;
    std::vector<std::string> kept;
    for (; i < words.size() && kept.size() < kMostWords; ++i) {
        const std::string lower = bare_word(words[i]);
        const std::string next = i + 1 < words.size() ? words[i + 1] : std::string();
        if (!kept.empty()) {
            // "... sessions and 6 studies", "... library of 42 components": a count starts another part.
            if ((lower == "and" || lower == "of") && (starts_with_digit(next) || next.empty())) break;
            // "... accountants and review their work": a second clause.
            if (lower == "and" && verb_form(kb, bare_word(next)) && !ends_with(bare_word(next), "ing")) break;
            if (ends_subject(kb, lower) || starts_with_digit(words[i])) break;
            // "... standards adopted by", "... dashboards feeding the ...": a clause,
            // not the name ("integrated science" is one).
            const bool clause_follows = next.empty() || ends_subject(kb, bare_word(next)) ||
                                        count_or_determiner(kb, next) ||
                                        !std::islower(static_cast<unsigned char>(next[0]));
            if ((kb.verb(lower) || ends_with(lower, "ing")) && clause_follows && !next.empty()) break;
            if (kb.verb(lower) && next.empty()) break;
        }
        kept.push_back(words[i]);
        if (std::ispunct(static_cast<unsigned char>(words[i].back())) && words[i].back() != '"' &&
            words[i].back() != ')')
            break;
    }
    // Words a cut name must not end on: "and", "of", "... dashboards tracking".
    while (!kept.empty() && (kb.words.has(BulletDanglingWords, to_lower(kept.back())) ||
                             (kept.size() > 1 && i < words.size() && ends_with(bare_word(kept.back()), "ing"))))
        kept.pop_back();
    // A quote the word limit cut open: end the subject before it.
    size_t quotes = 0;
    for (const std::string& w : kept) quotes += std::count(w.begin(), w.end(), '"');
    if (quotes % 2 == 1) {
        bool opener = false;
        while (!kept.empty() && !opener) {
            opener = std::count(kept.back().begin(), kept.back().end(), '"') % 2 == 1;
            kept.pop_back();
        }
    }
    if (kept.empty() || role_word(kb, bare_word(kept.back()))) return {};
    // One word left from a longer phrase ("share" of "share of 8th graders") says too little.
    // ("three-statement" of "three-statement, DCF and LBO models" likewise).
    const bool cut_short = i < words.size() || (starts_with(parts.rest, parts.object) &&
                                                parts.rest.compare(parts.object.size(), 1, ",") == 0);
    if (kept.size() == 1 && (cut_short || bare_word(kept[0]).size() < 5 || names_people(kb, bare_word(kept[0]))))
        return {};
    std::string phrase;
    for (const std::string& w : kept) phrase += (phrase.empty() ? "" : " ") + w;
    std::vector<std::string> titled = split(title_case(kb, phrase), ' ');
    std::string out;
    for (size_t k = 0; k < kept.size() && k < titled.size(); ++k) {
        const SkillDef* skill = kb.skill_named(to_lower(kept[k]));
        if (skill && to_lower(kept[k]) == to_lower(skill->name)) titled[k] = skill->name;
        out += (out.empty() ? "" : " ") + titled[k];
    }
    return out;
}

std::string title_case(const Knowledge& kb, const std::string& s) {
    std::string out;
    size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        std::string w = s.substr(i, j - i);
        const bool is_small = kb.words.has(TitleCaseSmallWords, w);
        // Words with a capital inside are spelled their own way: "gRPC", "iOS".
        const bool own_casing = std::any_of(w.begin() + (w.empty() ? 0 : 1), w.end(),
                                            [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!w.empty() && (first || !is_small) && !own_casing) {
            // The first letter, after any opening quote or bracket.
            size_t at = 0;
            while (at < w.size() && std::ispunct(static_cast<unsigned char>(w[at]))) ++at;
            if (at < w.size() && w[at] >= 'a' && w[at] <= 'z') w[at] = static_cast<char>(w[at] - 'a' + 'A');
            // Joined words: "event-driven" -> "Event-Driven", "offline/online" -> "Offline/Online".
            for (size_t k = 1; k + 1 < w.size(); ++k)
                if ((w[k] == '-' || w[k] == '/') && w[k + 1] >= 'a' && w[k + 1] <= 'z')
                    w[k + 1] = static_cast<char>(w[k + 1] - 'a' + 'A');
        }
        out += (out.empty() ? "" : " ") + w;
        first = false;
        i = j + 1;
    }
    return out;
}

}  // namespace ip
