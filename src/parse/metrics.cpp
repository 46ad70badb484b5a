#include "parse/metrics.h"

#include <algorithm>
#include <string>

#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

bool is_lower_at(std::string_view s, size_t i) { return i < s.size() && s[i] >= 'a' && s[i] <= 'z'; }

// The lists live in assets/words.json ("metrics"); `lex` is the knowledge base's.
using enum WordList;

struct Word {
    size_t begin = 0, end = 0;
    std::string lower;
    bool ok() const { return end > begin; }
};

// The word (letters, digits, - / ' .) starting after spaces at `pos`; empty if
// punctuation comes first.
Word next_word(std::string_view s, size_t pos) {
    Word w;
    size_t i = pos;
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t b = i;
    while (i < s.size()) {
        const char c = s[i];
        const bool inner = (c == '-' || c == '/' || c == '\'' || c == '.') && i + 1 < s.size() &&
                           is_ascii_alnum(s[i + 1]);
        if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80 || inner) ++i;
        else break;
    }
    if (i == b) return w;
    w.begin = b;
    w.end = i;
    w.lower = to_lower(s.substr(b, i - b));
    return w;
}

// The word ending just before `pos` (spaces skipped).
Word previous_word(std::string_view s, size_t pos) {
    Word w;
    size_t e = pos;
    while (e > 0 && s[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && (is_ascii_alnum(s[b - 1]) || s[b - 1] == '-' || static_cast<unsigned char>(s[b - 1]) >= 0x80)) --b;
    if (b == e) return w;
    w.begin = b;
    w.end = e;
    w.lower = to_lower(s.substr(b, e - b));
    return w;
}

bool is_all_caps_word(std::string_view s, const Word& w) {
    if (!w.ok() || w.end - w.begin < 2 || w.end - w.begin > 5) return false;
    for (size_t i = w.begin; i < w.end; ++i)
        if (!(s[i] >= 'A' && s[i] <= 'Z')) return false;
    return true;
}

// One number as written: "$2.3M", "500K+", "38%", "3x", "14 minutes", "1.2 million".
struct Number {
    size_t begin = 0, end = 0;  // the number with currency, magnitude, +, %, x
    size_t unit_end = 0;        // past a time or data unit, when there is one
    std::string unit;           // lower-case unit ("minutes", "ms", "tb"), or ""
    bool money = false, percent = false, multiplier = false, magnitude = false, plus = false, grouped = false;
    bool year_like = false;
};

size_t currency_before(std::string_view s, size_t i) {
    if (i >= 1 && s[i - 1] == '$') return 1;
    if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA3") return 2;      // £
    if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA5") return 2;      // ¥
    if (i >= 3 && s.substr(i - 3, 3) == "\xE2\x82\xAC") return 3;  // €
    if (i >= 3 && s.substr(i - 3, 3) == "\xE2\x82\xB9") return 3;  // ₹
    return 0;
}

// Parses the number whose first digit is at `i`; false when the digits are
// part of something else ("3D", "5G", "1st", "24/7", "v2").
bool parse_number(const Lexicon& lex, std::string_view s, size_t i, Number& n) {
    if (i > 0 && (is_ascii_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '#' || s[i - 1] == '_')) return false;
    const size_t cur = currency_before(s, i);
    n.money = cur > 0;
    n.begin = i - cur;
    size_t j = i;
    while (j < s.size() && is_ascii_digit(s[j])) ++j;
    const size_t int_digits = j - i;
    while (j + 3 < s.size() && s[j] == ',' && is_ascii_digit(s[j + 1]) && is_ascii_digit(s[j + 2]) &&
           is_ascii_digit(s[j + 3]) && (j + 4 >= s.size() || !is_ascii_digit(s[j + 4]))) {
        j += 4;
        n.grouped = true;
    }
    if (j + 1 < s.size() && s[j] == '.' && is_ascii_digit(s[j + 1])) {
        ++j;
        while (j < s.size() && is_ascii_digit(s[j])) ++j;
    }
    if (j < s.size() && s[j] == '/' && j + 1 < s.size() && is_ascii_digit(s[j + 1])) return false;  // 24/7, dates
    n.year_like = !n.grouped && int_digits == 4 && j - i == 4 && (s[i] == '1' || s[i] == '2');

    // Letters glued to the digits: a magnitude, a unit, "x", or something else.
    size_t k = j;
    while (k < s.size() && is_ascii_alpha(s[k])) ++k;
    std::string glued = to_lower(s.substr(j, k - j));
    if (!glued.empty()) {
        if (lex.has(MetricMagnitudeLetters, glued)) {
            n.magnitude = true;
            j = k;
        } else if (glued == "x") {
            n.multiplier = true;
            j = k;
        } else if ((lex.has(MetricTimeUnits, glued) && glued != "d" && (glued.size() > 1 || is_lower_at(s, j))) ||
                   lex.has(MetricDataUnits, glued)) {  // "300ms", "2h", "3TB"; "3D" is not three days
            n.unit = glued;
            n.end = j;
            n.unit_end = k;
            return true;
        } else {
            return false;
        }
    }
    if (j + 1 < s.size() && s.substr(j, 2) == "\xC3\x97") {  // ×
        n.multiplier = true;
        j += 2;
    }
    if (!n.magnitude && !n.multiplier) {
        const Word w = next_word(s, j);
        if (w.ok() && w.begin == j + 1 && lex.has(MetricMagnitudeWords, w.lower)) {
            n.magnitude = true;
            j = w.end;
        }
    }
    if (j < s.size() && s[j] == '+') {
        n.plus = true;
        ++j;
    }
    if (!n.multiplier && j < s.size() && s[j] == '%') {
        n.percent = true;
        ++j;
    } else if (!n.multiplier) {
        const Word w = next_word(s, j);
        if (w.ok() && w.begin == j + 1 && w.lower == "percent") {
            n.percent = true;
            j = w.end;
        }
    }
    n.end = j;
    n.unit_end = j;
    if (!n.percent && !n.multiplier && !n.money) {
        const Word w = next_word(s, j);
        if (w.ok() && w.begin <= j + 1 && (lex.has(MetricTimeUnits, w.lower) || lex.has(MetricDataUnits, w.lower))) {
            n.unit = w.lower;
            n.unit_end = w.end;
        }
    }
    return true;
}

bool is_time(const Lexicon& lex, const Number& n) { return !n.unit.empty() && lex.has(MetricTimeUnits, n.unit); }

// "4–7", "$300M–$4B", "3-5": a second number joined by a dash.
bool extend_range(const Lexicon& lex, std::string_view s, Number& n) {
    size_t j = n.end;
    size_t dash = 0;
    if (j < s.size() && s[j] == '-') dash = 1;
    else if (j + 2 < s.size() && (s.substr(j, 3) == "\xE2\x80\x93" || s.substr(j, 3) == "\xE2\x80\x94")) dash = 3;
    if (!dash) return false;
    size_t k = j + dash;
    const size_t digit = k + ((k < s.size() && s[k] == '$') ? 1 : 0);
    if (digit >= s.size() || !is_ascii_digit(s[digit])) return false;
    Number second;
    if (!parse_number(lex, s, digit, second)) return false;
    n.end = second.end;
    n.unit_end = std::max(second.unit_end, second.end);
    n.unit = second.unit;
    n.percent = n.percent || second.percent;
    n.magnitude = n.magnitude || second.magnitude;
    n.year_like = false;
    return true;
}

std::string throughput_period(const Lexicon& lex, const std::string& word);

// A noun phrase after a count ("partner teams", "monthly users",
// "requests/second"): up to five words, cut back to its last plural or unit
// word ("4 hit ramp quota" has none). Returns the end offset, or `from`.
size_t noun_phrase_end(const Lexicon& lex, std::string_view s, size_t from, std::vector<Word>& words) {
    size_t pos = from;
    for (int n = 0; n < 5; ++n) {
        const Word w = next_word(s, pos);
        if (!w.ok() || w.begin > pos + 1) break;
        if (lex.has(MetricNounPhraseStops, w.lower) && w.lower != "and") break;
        if (is_ascii_digit(s[w.begin])) break;
        words.push_back(w);
        pos = w.end;
        if (lex.has(MetricDataUnits, w.lower)) break;
    }
    while (!words.empty()) {
        const std::string& last = words.back().lower;
        const bool plural = last.size() > 2 && last.back() == 's' && last != "and";
        if (plural || lex.has(MetricDataUnits, last) || last.find('/') != std::string::npos ||
            lex.has(MetricUserNouns, last) || lex.has(MetricPeopleNouns, last) || lex.has(MetricTimeUnits, last) ||
            !throughput_period(lex, last).empty())
            break;
        words.pop_back();
    }
    if (!words.empty() && words.back().lower == "and") words.pop_back();
    return words.empty() ? from : words.back().end;
}

// " per second", " a day", "/sec" after a phrase: the period word, and the end offset.
std::string period_after(const Lexicon& lex, std::string_view s, size_t from, size_t& end) {
    if (from < s.size() && s[from] == '/') {
        const Word w = next_word(s, from + 1);
        if (w.ok() && w.begin == from + 1 && lex.has(MetricPeriods, w.lower)) {
            end = w.end;
            return w.lower;
        }
        return "";
    }
    const Word lead = next_word(s, from);
    if (!lead.ok() || lead.begin != from + 1) return "";
    if (!lex.has(MetricPeriodLeads, lead.lower)) return "";
    const Word p = next_word(s, lead.end);
    if (!p.ok() || p.begin != lead.end + 1 || !lex.has(MetricPeriods, p.lower)) return "";
    end = p.end;
    return p.lower;
}

// "requests/sec" -> "sec"; "qps" -> "second"; "" when the word is no rate.
std::string throughput_period(const Lexicon& lex, const std::string& word) {
    for (const std::string& unit : lex.list(MetricThroughputUnits))
        if (ends_with(word, "/" + unit)) return unit;
    if (lex.has(MetricPerSecondUnits, word)) return "second";
    return "";
}

bool team_verb_before(const Lexicon& lex, std::string_view s, size_t pos) {
    size_t p = pos;
    for (int n = 0; n < 4; ++n) {
        const Word w = previous_word(s, p);
        if (!w.ok()) return false;
        if (lex.has(MetricTeamVerbs, w.lower)) return true;
        p = w.begin;
        // Only look back within the clause.
        size_t q = p;
        while (q > 0 && s[q - 1] == ' ') --q;
        if (q > 0 && (s[q - 1] == ',' || s[q - 1] == ';' || s[q - 1] == '(' || s[q - 1] == ')')) return false;
    }
    return false;
}

void add(std::vector<Metric>& out, std::string_view s, size_t b, size_t e, MetricKind kind) {
    out.push_back(Metric{std::string(s.substr(b, e - b)), kind});
}

// "team of 8 engineers", "teams of 4-7", "team of five": returns the end, or 0.
size_t team_of_end(const Lexicon& lex, std::string_view s, size_t number_begin, size_t number_end,
                   size_t& phrase_begin) {
    const Word of = previous_word(s, number_begin);
    if (!of.ok() || of.lower != "of") return 0;
    const Word team = previous_word(s, of.begin);
    if (!team.ok() || !lex.has(MetricTeamNouns, team.lower)) return 0;
    phrase_begin = team.begin;
    size_t end = number_end;
    const Word noun = next_word(s, number_end);
    if (noun.ok() && noun.begin == number_end + 1 && lex.has(MetricPeopleNouns, noun.lower)) end = noun.end;
    return end;
}

// "8-person team", "12 person team".
size_t person_team_end(const Lexicon& lex, std::string_view s, size_t number_end) {
    const Word w = next_word(s, number_end);
    const bool glued = w.ok() && (w.begin == number_end + 1 || (number_end < s.size() && s[number_end] == '-'));
    if (!glued) return 0;
    std::string word = w.lower;
    size_t end = w.end;
    if (number_end < s.size() && s[number_end] == '-') {
        const Word x = next_word(s, number_end + 1);
        if (!x.ok()) return 0;
        word = x.lower;
        end = x.end;
    }
    for (const std::string& member : lex.list(MetricMemberWords))
        if (starts_with(word, member)) {
            const Word team = next_word(s, end);
            if (team.ok() && team.begin == end + 1 && lex.has(MetricMemberTeams, team.lower)) return team.end;
            return 0;
        }
    return 0;
}

class MetricScanner {
public:
    MetricScanner(const Lexicon& lex, std::string_view s) : lex_(lex), s_(s) {}

    std::vector<Metric> run() {
        size_t i = 0;
        while (i < s_.size()) {
            if (!is_ascii_digit(s_[i])) {
                i = spelled_team(i);
                continue;
            }
            Number n;
            if (!parse_number(lex_, s_, i, n)) {
                while (i < s_.size() && is_ascii_alnum(s_[i])) ++i;
                continue;
            }
            i = classify(n);
        }
        return std::move(out_);
    }

private:
    // "team of five": the one place spelled numbers matter.
    size_t spelled_team(size_t i) {
        if (!(i == 0 || !is_ascii_alnum(s_[i - 1])) || !is_ascii_alpha(s_[i])) return i + 1;
        const Word w = next_word(s_, i);
        if (!w.ok()) return i + 1;
        if (lex_.has(MetricNumberWords, w.lower)) {
            size_t begin = 0;
            if (const size_t e = team_of_end(lex_, s_, w.begin, w.end, begin)) {
                add(out_, s_, begin, e, MetricKind::TeamSize);
                return e;
            }
        }
        return w.end;
    }

    size_t classify(Number& n) {
        if (const size_t e = from_to(n)) return e;
        extend_range(lex_, s_, n);
        size_t begin = n.begin;
        if (const size_t e = team_of_end(lex_, s_, n.begin, n.end, begin)) {
            add(out_, s_, begin, e, MetricKind::TeamSize);
            return e;
        }
        if (const size_t e = person_team_end(lex_, s_, n.end)) {
            add(out_, s_, n.begin, e, MetricKind::TeamSize);
            return e;
        }
        if (n.multiplier) return emit(n.begin, n.end, MetricKind::Multiplier);
        if (n.percent) {
            const Word w = next_word(s_, n.end);
            if (w.ok() && w.begin == n.end + 1 && lex_.has(MetricUptimeWords, w.lower))
                return emit(n.begin, w.end, MetricKind::Uptime);
            return emit(n.begin, n.end, MetricKind::Percent);
        }
        if (n.money) {
            size_t end = n.end;
            std::string period = period_after(lex_, s_, n.end, end);
            return emit(n.begin, period.empty() ? n.end : end, MetricKind::Money);
        }
        if (is_time(lex_, n)) {
            size_t end = n.unit_end;
            const bool sub_second = lex_.has(MetricSubSecondUnits, n.unit);
            if (!sub_second) period_after(lex_, s_, n.unit_end, end);
            return emit(n.begin, end, sub_second ? MetricKind::Latency : MetricKind::Duration);
        }
        return count(n);
    }

    // Counts, throughput, users and team sizes: a number and the noun after it.
    size_t count(const Number& n) {
        if (n.year_like && !n.plus) return n.end;
        const Word before = previous_word(s_, n.begin);
        if (is_all_caps_word(s_, before) && n.begin == before.end + 1 && !n.magnitude && !n.plus)
            return n.end;  // "ASC 606", "SOX 404", "CS 314": a name, not a count
        std::vector<Word> words;
        size_t end = n.unit.empty() ? noun_phrase_end(lex_, s_, n.end, words) : n.unit_end;
        if (!n.unit.empty()) words.push_back(next_word(s_, n.end));
        if (words.empty()) {
            size_t pend = end;
            const std::string period = period_after(lex_, s_, n.end, pend);
            if (!period.empty())
                return emit(n.begin, pend,
                            lex_.has(MetricFastPeriods, period) ? MetricKind::Throughput : MetricKind::Count);
            if (n.magnitude || n.plus || n.grouped) return emit(n.begin, n.end, MetricKind::Count);
            return n.end;
        }
        const std::string& last = words.back().lower;
        if (!throughput_period(lex_, last).empty()) return emit(n.begin, end, MetricKind::Throughput);
        size_t pend = end;
        const std::string period = period_after(lex_, s_, end, pend);
        if (!period.empty() && lex_.has(MetricFastPeriods, period)) return emit(n.begin, pend, MetricKind::Throughput);
        if (lex_.has(MetricDataUnits, last)) return emit(n.begin, end, MetricKind::Count);
        if (lex_.has(MetricTimeUnits, last)) return emit(n.begin, period.empty() ? end : pend, MetricKind::Duration);
        bool users = false, people = false;
        for (const Word& w : words) {
            users = users || lex_.has(MetricUserNouns, w.lower);
            people = people || lex_.has(MetricPeopleNouns, w.lower);
        }
        if (people && team_verb_before(lex_, s_, n.begin)) return emit(n.begin, end, MetricKind::TeamSize);
        if (users) return emit(n.begin, period.empty() ? end : pend, MetricKind::Users);
        return emit(n.begin, period.empty() ? end : pend, MetricKind::Count);
    }

    // "from 14 minutes to 4 minutes", "from 21 to 12 days", "from 52% to 88%",
    // "from 120 per month to fewer than 5".
    size_t from_to(const Number& a) {
        const Word from = previous_word(s_, a.begin);
        if (!from.ok() || from.lower != "from" || a.begin != from.end + 1) return 0;
        size_t after_a = std::max(a.end, a.unit_end);
        size_t period_end = after_a;
        if (!period_after(lex_, s_, after_a, period_end).empty()) after_a = period_end;
        Word to = next_word(s_, after_a);
        if (!to.ok() || to.lower != "to" || to.begin != after_a + 1) return 0;
        size_t pos = to.end;
        for (int n = 0; n < 2; ++n) {  // "to fewer than 5", "to under 2 minutes"
            const Word q = next_word(s_, pos);
            if (q.ok() && lex_.has(MetricApproximators, q.lower)) pos = q.end;
        }
        size_t digit = pos;
        while (digit < s_.size() && s_[digit] == ' ') ++digit;
        if (digit < s_.size() && s_[digit] == '$') ++digit;
        if (digit >= s_.size() || !is_ascii_digit(s_[digit])) return 0;
        Number b;
        if (!parse_number(lex_, s_, digit, b)) return 0;
        size_t end = std::max(b.end, b.unit_end);
        // "from 9 to 6 business days": an adjective before the unit.
        if (b.unit.empty() && !b.percent && !b.money) {
            const Word adj = next_word(s_, b.end);
            if (adj.ok() && lex_.has(MetricUnitAdjectives, adj.lower)) {
                const Word unit = next_word(s_, adj.end);
                if (unit.ok() && lex_.has(MetricTimeUnits, unit.lower)) {
                    b.unit = unit.lower;
                    end = unit.end;
                }
            }
        }
        const std::string unit = !a.unit.empty() ? a.unit : b.unit;
        MetricKind kind = MetricKind::Count;
        if (!unit.empty() && lex_.has(MetricTimeUnits, unit)) {
            const bool sub_second = lex_.has(MetricSubSecondUnits, a.unit) || lex_.has(MetricSubSecondUnits, b.unit);
            kind = sub_second || latency_nearby(from.begin) ? MetricKind::Latency : MetricKind::TimeDelta;
        } else if (a.percent || b.percent) {
            kind = MetricKind::Percent;
        } else if (a.money || b.money) {
            kind = MetricKind::Money;
        }
        return emit(from.begin, end, kind);
    }

    bool latency_nearby(size_t pos) const {
        const size_t b = pos > 40 ? pos - 40 : 0;
        return icontains(s_.substr(b, pos - b), "latency");
    }

    size_t emit(size_t b, size_t e, MetricKind kind) {
        add(out_, s_, b, e, kind);
        return e;
    }

    const Lexicon& lex_;
    std::string_view s_;
    std::vector<Metric> out_;
};

}  // namespace

std::vector<Metric> find_metrics(const Knowledge& kb, std::string_view text) {
    return MetricScanner(kb.words, text).run();
}

}  // namespace ip
