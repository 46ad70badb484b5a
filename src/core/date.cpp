#include "core/date.h"

#include <array>
#include <cctype>
#include <vector>

#include "core/text.h"

namespace ip {

namespace {

constexpr int kMinYear = 1950;
constexpr int kMaxYear = 2099;

// Month names and the abbreviations resumes use ("Sept", "Sep", "Jun").
int month_from_name(const std::string& word) {
    static const std::array<const char*, 12> names = {"january",   "february", "march",    "april",
                                                      "may",       "june",     "july",     "august",
                                                      "september", "october",  "november", "december"};
    const std::string w = to_lower(word);
    if (w.size() < 3) return 0;
    if (w == "sept") return 9;
    for (size_t m = 0; m < names.size(); ++m) {
        const std::string full = names[m];
        if (w == full || (w.size() == 3 && full.compare(0, 3, w) == 0)) return static_cast<int>(m) + 1;
    }
    return 0;
}

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

bool valid_year(int y) { return y >= kMinYear && y <= kMaxYear; }

std::optional<int> parse_year(const std::string& s) {
    if (s.size() == 4 && all_digits(s)) {
        const int y = std::stoi(s);
        if (valid_year(y)) return y;
    }
    return std::nullopt;
}

// "'19", "’19" (the apostrophe may be ASCII or U+2019): 1950-2049 window.
std::optional<int> parse_short_year(const std::string& s) {
    std::string digits;
    if (starts_with(s, "'")) digits = s.substr(1);
    else if (starts_with(s, "\xE2\x80\x99")) digits = s.substr(3);
    else return std::nullopt;
    if (digits.size() != 2 || !all_digits(digits)) return std::nullopt;
    const int v = std::stoi(digits);
    return v < 50 ? 2000 + v : 1900 + v;
}

std::optional<int> parse_any_year(const std::string& s) {
    if (auto y = parse_year(s)) return y;
    return parse_short_year(s);
}

// Splits "Mar. 2022" / "March, 2022" / "Sep-2021" into words, dropping the
// punctuation between a month name and its year.
std::vector<std::string> date_words(const std::string& text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '\t') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

std::optional<YearMonth> parse_numeric(const std::string& s) {
    // "2022-03", "2022/03", "2022.03"
    if (s.size() == 7 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && all_digits(s.substr(0, 4)) &&
        all_digits(s.substr(5))) {
        const int y = std::stoi(s.substr(0, 4));
        const int m = std::stoi(s.substr(5));
        if (valid_year(y) && m >= 1 && m <= 12) return YearMonth{y, m};
        return std::nullopt;
    }
    // "03/2022", "3/2022", "03-2022", "03.2022", "03/22"
    const size_t sep = s.find_first_of("/-.");
    if (sep == std::string::npos || sep == 0 || sep > 2) return std::nullopt;
    const std::string mm = s.substr(0, sep);
    const std::string yy = s.substr(sep + 1);
    if (!all_digits(mm) || !all_digits(yy)) return std::nullopt;
    const int m = std::stoi(mm);
    int y = 0;
    if (yy.size() == 4) y = std::stoi(yy);
    else if (yy.size() == 2 && s[sep] == '/') y = std::stoi(yy) < 50 ? 2000 + std::stoi(yy) : 1900 + std::stoi(yy);
    else return std::nullopt;
    if (valid_year(y) && m >= 1 && m <= 12) return YearMonth{y, m};
    return std::nullopt;
}

}  // namespace

std::string YearMonth::iso() const {
    std::string out = std::to_string(year);
    if (month > 0) {
        out += '-';
        if (month < 10) out += '0';
        out += std::to_string(month);
    }
    return out;
}

std::optional<YearMonth> parse_year_month(const std::string& text) {
    const std::string s = trim(text);
    if (s.empty() || s.size() > 32) return std::nullopt;
    if (auto y = parse_year(s)) return YearMonth{*y, 0};
    if (auto ym = parse_numeric(s)) return ym;
    const std::vector<std::string> words = date_words(s);
    if (words.size() == 1) {
        if (auto y = parse_short_year(words[0])) return YearMonth{*y, 0};
        return std::nullopt;
    }
    if (words.size() != 2) return std::nullopt;
    const int m = month_from_name(words[0]);
    if (m == 0) return std::nullopt;
    if (auto y = parse_any_year(words[1])) return YearMonth{*y, m};
    return std::nullopt;
}

bool is_present_word(const std::string& text) {
    const std::string w = to_lower(trim(text));
    return w == "present" || w == "current" || w == "now" || w == "today" || w == "ongoing" || w == "currently";
}

std::optional<YearMonth> parse_iso_day(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const std::string y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const int year = std::stoi(y), month = std::stoi(m), day = std::stoi(d);
    static const std::array<int, 12> days_in = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!valid_year(year) || month < 1 || month > 12 || day < 1 || day > days_in[month - 1]) return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap) return std::nullopt;
    return YearMonth{year, month};
}

}  // namespace ip
