#include "parse/date_range.h"

#include <vector>

#include "core/text.h"

namespace ip {

namespace {

struct DateToken {
    size_t begin = 0, end = 0;
    std::optional<YearMonth> date;
    bool present = false;
};

size_t skip_spaces(const std::string& s, size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

size_t word_end(const std::string& s, size_t i) {
    while (i < s.size() && is_ascii_alpha(s[i])) ++i;
    return i;
}

bool is_season(const std::string& lower) {
    return lower == "spring" || lower == "summer" || lower == "fall" || lower == "autumn" || lower == "winter";
}

// A four-digit year or an apostrophe year at `i`; returns its end or 0.
size_t year_end(const std::string& s, size_t i) {
    if (i + 4 <= s.size() && is_ascii_digit(s[i]) && is_ascii_digit(s[i + 1]) && is_ascii_digit(s[i + 2]) &&
        is_ascii_digit(s[i + 3]) && (i + 4 == s.size() || !is_ascii_alnum(s[i + 4])))
        return i + 4;
    if (i + 3 <= s.size() && s[i] == '\'' && is_ascii_digit(s[i + 1]) && is_ascii_digit(s[i + 2]) &&
        (i + 3 == s.size() || !is_ascii_alnum(s[i + 3])))
        return i + 3;
    return 0;
}

// A date or a present word starting at `i` (a word boundary).
bool date_at(const std::string& s, size_t i, DateToken& t) {
    if (i > 0 && (is_ascii_alnum(s[i - 1]) || s[i - 1] == '$' || s[i - 1] == '.' || s[i - 1] == '/')) return false;
    t = DateToken{};
    t.begin = i;
    if (is_ascii_alpha(s[i])) {
        const size_t we = word_end(s, i);
        const std::string word = s.substr(i, we - i);
        const std::string lower = to_lower(word);
        if (is_present_word(word)) {
            t.present = true;
            t.end = we;
            return true;
        }
        if (lower == "to" && s.compare(skip_spaces(s, we), 4, "date") == 0) {  // "to date"
            t.present = true;
            t.end = skip_spaces(s, we) + 4;
            return true;
        }
        size_t j = we;
        if (j < s.size() && s[j] == '.') ++j;
        if (j < s.size() && s[j] == ',') ++j;
        const size_t y = skip_spaces(s, j);
        const size_t ye = y < s.size() ? year_end(s, y) : 0;
        if (!ye || (y == j && s[y] != '\'')) return false;
        // "Summer 2021" keeps only the year: seasons do not name a month.
        if (is_season(lower)) t.date = parse_year_month(s.substr(y, ye - y));
        else t.date = parse_year_month(word + " " + s.substr(y, ye - y));
        t.end = ye;
        return t.date.has_value();
    }
    if (!is_ascii_digit(s[i]) && s[i] != '\'') return false;
    // Numeric forms: the longest run of digits and / - . that parses.
    size_t j = i;
    while (j < s.size() && (is_ascii_digit(s[j]) || s[j] == '/' || s[j] == '-' || s[j] == '.' || s[j] == '\'')) ++j;
    // "2024-Present": the dash before a word is the range's separator.
    if (j < s.size() && is_ascii_alpha(s[j]) && s[j - 1] == '-') --j;
    else if (j < s.size() && is_ascii_alpha(s[j])) return false;
    for (size_t e = j; e > i; --e) {
        if (e < s.size() && is_ascii_digit(s[e]) && is_ascii_digit(s[e - 1])) continue;  // never split a number
        const std::string cand = s.substr(i, e - i);
        if (cand.size() < 3) break;
        if (auto d = parse_year_month(cand)) {
            t.date = d;
            t.end = e;
            return true;
        }
    }
    return false;
}

// The separator between two dates: dashes, "to", "until", "through", "-".
size_t range_separator_end(const std::string& s, size_t i) {
    size_t j = skip_spaces(s, i);
    for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-", "~", "\xE2\x86\x92", "/"}) {
        const std::string d = dash;
        if (s.compare(j, d.size(), d) == 0) {
            size_t k = j + d.size();
            if (d == "-" && k < s.size() && s[k] == '-') ++k;  // "--"
            return skip_spaces(s, k);
        }
    }
    const size_t we = word_end(s, j);
    const std::string w = to_lower(s.substr(j, we - j));
    if (w == "to" || w == "until" || w == "through" || w == "thru" || w == "till") return skip_spaces(s, we);
    return std::string::npos;
}

// "(2 yrs 3 mos)", "· 1 yr", "(8 months)" after a range, as LinkedIn writes.
size_t duration_suffix_end(const std::string& s, size_t i) {
    size_t j = skip_spaces(s, i);
    const bool bracket = j < s.size() && s[j] == '(';
    if (bracket) ++j;
    else if (s.compare(j, 2, "\xC2\xB7") == 0) j = skip_spaces(s, j + 2);
    else return i;
    size_t k = j;
    bool unit = false;
    while (k < s.size() && (is_ascii_alnum(s[k]) || s[k] == ' ' || s[k] == ',' || s[k] == '.')) {
        if (is_ascii_alpha(s[k])) {
            const size_t we = word_end(s, k);
            const std::string w = to_lower(s.substr(k, we - k));
            if (w == "yr" || w == "yrs" || w == "year" || w == "years" || w == "mo" || w == "mos" || w == "month" ||
                w == "months")
                unit = true;
            else return i;
            k = we;
        } else {
            ++k;
        }
    }
    if (!unit) return i;
    if (bracket) return k < s.size() && s[k] == ')' ? k + 1 : i;
    return k;
}

// Widens a span over brackets that enclose exactly it: "(2019 – 2021)".
void widen_over_brackets(const std::string& s, DateRange& r) {
    size_t b = r.begin, e = r.finish;
    while (b > 0 && s[b - 1] == ' ') --b;
    size_t f = e;
    while (f < s.size() && s[f] == ' ') ++f;
    if (b > 0 && f < s.size() && ((s[b - 1] == '(' && s[f] == ')') || (s[b - 1] == '[' && s[f] == ']'))) {
        r.begin = b - 1;
        r.finish = f + 1;
    }
}

}  // namespace

std::optional<std::string> DateRange::start_iso() const {
    if (!start) return std::nullopt;
    return start->iso();
}

std::optional<std::string> DateRange::end_iso() const {
    if (present) return std::string("present");
    if (!end) return std::nullopt;
    return end->iso();
}

std::optional<DateRange> find_date_range(const std::string& s) {
    std::optional<DateRange> lone;
    for (size_t i = 0; i < s.size(); ++i) {
        DateToken a;
        if (!date_at(s, i, a)) continue;
        if (a.present) {
            // "Present" alone is not a date ("present findings"), but "Since 2020 – Present" was handled below.
            i = a.end;
            continue;
        }
        const size_t sep = range_separator_end(s, a.end);
        DateToken b;
        if (sep != std::string::npos && sep < s.size() && date_at(s, sep, b) && (b.present || b.date)) {
            DateRange r;
            r.start = a.date;
            r.end = b.date;
            r.present = b.present;
            r.begin = a.begin;
            r.finish = duration_suffix_end(s, b.end);
            if (r.end && r.end->index() < r.start->index()) std::swap(r.start, r.end);
            widen_over_brackets(s, r);
            return r;
        }
        // "2020 –" at the end of a line: an open range.
        if (sep != std::string::npos && sep >= s.size() && s.compare(skip_spaces(s, a.end), 1, "/") != 0) {
            DateRange r;
            r.start = a.date;
            r.present = true;
            r.begin = a.begin;
            r.finish = s.size();
            return r;
        }
        // "Since 2020": an open range.
        const std::string before = to_lower(trim(s.substr(0, a.begin)));
        if (ends_with(before, "since") && (before.size() == 5 || !is_ascii_alpha(before[before.size() - 6]))) {
            DateRange r;
            r.start = a.date;
            r.present = true;
            r.begin = a.begin;
            r.finish = a.end;
            return r;
        }
        DateRange r;
        r.start = a.date;
        r.end = a.date;
        r.single = true;
        r.begin = a.begin;
        r.finish = a.end;
        widen_over_brackets(s, r);
        lone = r;
        i = a.end;
    }
    return lone;
}

std::string remove_date_range(const std::string& line, const DateRange& range) {
    std::string left = line.substr(0, range.begin);
    std::string right = line.substr(range.finish);
    auto strip_edges = [](std::string s) {
        static const std::vector<std::string> seps = {
            "\xE2\x80\x94", "\xE2\x80\x93", "|", "\xC2\xB7", "\xE2\x80\xA2", ",", "-", ":", "/", "@", ";"};
        bool changed = true;
        while (changed) {
            changed = false;
            s = trim(s);
            for (const std::string& sep : seps) {
                if (ends_with(s, sep)) {
                    s.erase(s.size() - sep.size());
                    changed = true;
                }
                if (starts_with(s, sep)) {
                    s.erase(0, sep.size());
                    changed = true;
                }
            }
            for (const char* word : {" from", " since", " in"}) {
                if (ends_with(to_lower(s), word)) {
                    s.erase(s.size() - std::string(word).size());
                    changed = true;
                }
            }
            if (to_lower(s) == "since" || to_lower(s) == "from") {
                s.clear();
                changed = false;
            }
        }
        return s;
    };
    left = strip_edges(left);
    right = strip_edges(right);
    if (left.empty()) return right;
    if (right.empty()) return left;
    return left + "    " + right;  // keep the two sides apart as columns
}

}  // namespace ip
