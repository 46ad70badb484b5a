#include "core/grammar.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace ip {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string first_token(std::string_view s) {
    size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '"' || s[b] == '\'' || s[b] == '(')) ++b;
    size_t e = b;
    while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ')' && s[e] != ';' && s[e] != ':')
        ++e;
    return std::string(s.substr(b, e - b));
}

// Acronyms are read letter by letter: "SRE" sounds like "ess-ar-ee".
bool is_acronym(std::string_view w) {
    int upper = 0;
    for (char c : w) {
        if (is_lower(c)) return false;
        if (is_upper(c)) ++upper;
    }
    return upper >= 2 || (w.size() == 1 && upper == 1);
}

bool letter_name_starts_with_vowel_sound(char c) {
    switch (c) {
        case 'A': case 'E': case 'F': case 'H': case 'I': case 'L': case 'M':
        case 'N': case 'O': case 'R': case 'S': case 'X':
            return true;
        default:
            return false;
    }
}

bool number_starts_with_vowel_sound(std::string_view w) {
    // 8, 11, 18, 80-89, 800..., 11,000 ...
    if (w.empty()) return false;
    if (w[0] == '8') return true;
    if (starts_with(w, "11") || starts_with(w, "18")) {
        size_t digits = 0;
        while (digits < w.size() && (is_digit(w[digits]) || w[digits] == ',')) ++digits;
        std::string_view num = w.substr(0, digits);
        std::string plain;
        for (char c : num)
            if (c != ',') plain += c;
        // "11", "18", "11,000" (eleven thousand), "18,000"; not "110" (a hundred and ten).
        return plain.size() == 2 || plain.size() == 5 || plain.size() == 8;
    }
    return false;
}

}  // namespace

std::string article_for(std::string_view next_word) {
    const std::string w = first_token(next_word);
    if (w.empty()) return "a";
    if (is_digit(w[0])) return number_starts_with_vowel_sound(w) ? "an" : "a";
    // "a U-shaped", "an X-ray": a capital letter before a hyphen is read by its name.
    if (is_acronym(w) || (w.size() > 1 && is_upper(w[0]) && w[1] == '-'))
        return letter_name_starts_with_vowel_sound(w[0]) ? "an" : "a";
    const std::string lw = to_lower(w);
    static const char* an_exceptions[] = {"hour", "honest", "honor", "honour", "heir", "herb"};
    for (const char* e : an_exceptions)
        if (starts_with(lw, e)) return "an";
    static const char* a_exceptions[] = {"uni", "use", "usu", "uti", "ure", "euro", "eu", "one", "once", "ubiq", "uk"};
    for (const char* e : a_exceptions)
        if (starts_with(lw, e)) return "a";
    const char c = lw[0];
    return (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') ? "an" : "a";
}

std::string with_article(std::string_view phrase) { return article_for(phrase) + " " + std::string(phrase); }

std::string join_list(const std::vector<std::string>& items, std::string_view conj) {
    if (items.empty()) return {};
    if (items.size() == 1) return items[0];
    if (items.size() == 2) return items[0] + " " + std::string(conj) + " " + items[1];
    std::string out;
    for (size_t i = 0; i + 1 < items.size(); ++i) out += items[i] + ", ";
    return out + std::string(conj) + " " + items.back();
}

std::string plural(std::string_view singular) {
    const std::string s(singular);
    if (s.empty()) return s;
    static const std::pair<const char*, const char*> irregular[] = {
        {"person", "people"}, {"child", "children"}, {"analysis", "analyses"}, {"criterion", "criteria"}};
    for (const auto& [one, many] : irregular)
        if (s == one) return many;
    if (ends_with(s, "s") || ends_with(s, "x") || ends_with(s, "ch") || ends_with(s, "sh")) return s + "es";
    if (s.size() > 1 && s.back() == 'y') {
        const char before = s[s.size() - 2];
        if (before != 'a' && before != 'e' && before != 'i' && before != 'o' && before != 'u')
            return s.substr(0, s.size() - 1) + "ies";
    }
    return s + "s";
}

std::string count_noun(long n, std::string_view singular) {
    return std::to_string(n) + " " + (n == 1 ? std::string(singular) : plural(singular));
}

std::string capitalize_first(std::string_view s) {
    std::string out(s);
    if (!out.empty() && is_lower(out[0])) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string lower_first_word(std::string_view s) {
    std::string out(s);
    const std::string w = first_token(s);
    if (w.size() < 2 || !is_upper(w[0])) return out;
    for (size_t i = 1; i < w.size(); ++i)
        if (is_upper(w[i]) || is_digit(w[i])) return out;  // AWS, iOS-like, S3
    const size_t pos = out.find(w);
    out[pos] = static_cast<char>(out[pos] - 'A' + 'a');
    return out;
}

std::string strip_trailing_period(std::string_view s) {
    std::string out = trim(s);
    while (!out.empty() && (out.back() == '.' || out.back() == ';' || out.back() == ',')) out.pop_back();
    return out;
}

std::string ensure_period(std::string_view s) {
    std::string out = trim(s);
    if (out.empty()) return out;
    const char last = out.back();
    if (last == '.' || last == '!' || last == '?') return out;
    if ((last == '"' || last == ')') && out.size() > 1) {
        const char before = out[out.size() - 2];
        if (before == '.' || before == '!' || before == '?') return out;
    }
    return out + ".";
}

std::string leading_word(std::string_view text) { return to_lower(first_token(text)); }

bool starts_with_known_verb(const Knowledge& kb, std::string_view bullet) {
    return kb.verb(leading_word(bullet)) != nullptr;
}

std::string in_first_person(const Knowledge& kb, std::string_view bullet) {
    const std::string b = strip_trailing_period(bullet);
    if (starts_with_known_verb(kb, b)) return "I " + lower_first_word(b);
    return "I worked on " + lower_first_word(b);
}

namespace {

// Words after which a noun phrase has its determiner, or is not a noun phrase.
bool opens_without_article(const std::string& w) {
    static const char* words[] = {
        "a",       "an",      "the",     "this",    "that",     "these",   "those",   "my",      "our",
        "their",   "its",     "his",     "her",     "your",     "each",    "every",   "all",     "both",
        "either",  "neither", "several", "multiple", "many",    "much",    "more",    "most",    "some",
        "any",     "no",      "few",     "one",     "two",      "three",   "four",    "five",    "six",
        "seven",   "eight",   "nine",    "ten",     "dozens",   "hundreds", "thousands", "millions", "over",
        "under",   "nearly",  "almost",  "about",   "around",   "another", "other",   "such",    "own",
        "on",      "in",      "with",    "for",     "to",       "from",    "into",    "across",  "at",
        "by",      "through", "via",     "within",  "without",  "between", "among",   "as",      "out",
        "up",      "off",     "back",    "down",    "and",      "or",      "not",     "than",    "whether"};
    for (const char* x : words)
        if (w == x) return true;
    return false;
}

// Words that end the noun phrase: its head is the word before.
bool ends_noun_phrase(const std::string& w) {
    static const char* words[] = {"on",   "for",  "to",     "with",    "from",  "in",   "into", "across", "at",
                                  "by",   "using", "via",   "that",    "which", "who",  "of",   "per",    "through",
                                  "under", "over", "within", "while",  "and",   "or",   "as",   "so",     "after",
                                  "before", "during", "between", "among", "without", "than"};
    for (const char* x : words)
        if (w == x) return true;
    return false;
}

// "processing" in "pipeline processing 2B events" opens a participle clause;
// in "data processing pipeline" it is part of the noun phrase, and in "threat
// modeling for" (or at the end) it is the head itself.
bool opens_participle_clause(const std::string& w, const std::string* next) {
    if (!ends_with(w, "ing") || !next || next->empty()) return false;
    const std::string lower_next = to_lower(*next);
    if (ends_noun_phrase(lower_next)) return false;
    return !is_lower((*next)[0]) || opens_without_article(lower_next);
}

bool plural_looking(const std::string& w) {
    return ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is");
}

}  // namespace

std::string article_for_object(const Knowledge& kb, std::string_view verbs, std::string_view object) {
    const std::vector<std::string> verb_words = split(to_lower(trim(verbs)), ' ');
    if (verb_words.empty() || kb.measure_verbs.count(verb_words.back())) return {};
    const std::vector<std::string> words = split(std::string(object), ' ');
    if (words.empty() || words[0].empty() || !std::isalpha(static_cast<unsigned char>(words[0][0]))) return {};
    const std::string first = to_lower(words[0]);
    if (opens_without_article(first) || ends_with(first, "ly")) return {};
    // The head noun: the last word before a preposition, a participle or punctuation.
    constexpr size_t kLongestNounPhrase = 5;
    std::string head;
    for (size_t i = 0; i < words.size() && i < kLongestNounPhrase; ++i) {
        std::string w = words[i];
        if (w.empty() || w[0] == '(') break;
        const bool last = w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == ')' || w.back() == '.';
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '%') w.pop_back();
        // "... standards adopted by 6 teams": a past participle with its own
        // complement ends the phrase too ("automated tests" is one phrase).
        const std::string lower = to_lower(w);
        const std::string next = i + 1 < words.size() ? to_lower(words[i + 1]) : std::string();
        const bool participle = (kb.verb(lower) || (lower.size() >= 5 && ends_with(lower, "ed") &&
                                                    lower.find('-') == std::string::npos)) &&
                                (next.empty() || ends_noun_phrase(next) || is_digit(next[0]));
        if (i > 0 && (ends_noun_phrase(lower) || participle ||
                      opens_participle_clause(to_lower(w), i + 1 < words.size() ? &words[i + 1] : nullptr)))
            break;
        head = w;
        if (last) break;
        if (i + 1 == kLongestNounPhrase && i + 1 < words.size()) return {};  // too long to be sure of its head
    }
    if (head.empty() || !is_lower(head[0])) return {};
    if (kb.bare_nouns.count(head) || plural_looking(head) || ends_with(head, "ing")) return {};
    if (!std::all_of(head.begin(), head.end(), [](char c) { return is_lower(c) || c == '-'; })) return {};
    return article_for(words[0]) + " ";
}

std::string as_gerund_phrase(const Knowledge& kb, std::string_view bullet) {
    const std::string b = strip_trailing_period(bullet);
    const VerbDef* v = kb.verb(leading_word(b));
    if (!v) return {};
    const std::string first = first_token(b);
    const size_t pos = b.find(first);
    return v->gerund + b.substr(pos + first.size());
}

}  // namespace ip
