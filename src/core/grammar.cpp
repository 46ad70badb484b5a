#include "core/grammar.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace ip {

namespace {

std::string first_token(std::string_view s) {
    size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '"' || s[b] == '\'' || s[b] == '(')) ++b;
    size_t e = b;
    while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ')' && s[e] != ';' && s[e] != ':') ++e;
    return std::string(s.substr(b, e - b));
}

// Acronyms are read letter by letter: "SRE" sounds like "ess-ar-ee".
bool is_acronym(std::string_view w) {
    int upper = 0;
    for (char c : w) {
        if (is_ascii_lower(c)) return false;
        if (is_ascii_upper(c)) ++upper;
    }
    return upper >= 2 || (w.size() == 1 && upper == 1);
}

bool letter_name_starts_with_vowel_sound(char c) {
    switch (c) {
        case 'A':
        case 'E':
        case 'F':
        case 'H':
        case 'I':
        case 'L':
        case 'M':
        case 'N':
        case 'O':
        case 'R':
        case 'S':
        case 'X': return true;
        default: return false;
    }
}

bool number_starts_with_vowel_sound(std::string_view w) {
    // 8, 11, 18, 80-89, 800..., 11,000 ...
    if (w.empty()) return false;
    if (w[0] == '8') return true;
    if (starts_with(w, "11") || starts_with(w, "18")) {
        size_t digits = 0;
        while (digits < w.size() && (is_ascii_digit(w[digits]) || w[digits] == ',')) ++digits;
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
    if (is_ascii_digit(w[0])) return number_starts_with_vowel_sound(w) ? "an" : "a";
    // "a U-shaped", "an X-ray": a capital letter before a hyphen is read by its name.
    if (is_acronym(w) || (w.size() > 1 && is_ascii_upper(w[0]) && w[1] == '-'))
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
    if (!out.empty() && is_ascii_lower(out[0])) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string lower_first_word(std::string_view s) {
    std::string out(s);
    const std::string w = first_token(s);
    if (w.size() < 2 || !is_ascii_upper(w[0])) return out;
    for (size_t i = 1; i < w.size(); ++i)
        if (is_ascii_upper(w[i]) || is_ascii_digit(w[i])) return out;  // AWS, iOS-like, S3
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

}  // namespace ip
