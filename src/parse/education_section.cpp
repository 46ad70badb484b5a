#include "parse/education_section.h"

#include <cctype>
#include <set>

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/header_parts.h"
#include "parse/location.h"
#include "parse/org_and_title_words.h"

namespace ip {

namespace {

// Degree abbreviations, compared without dots and in capitals.
const std::set<std::string>& degree_codes() {
    static const std::set<std::string> codes = {
        "BS",  "BSC", "BA",  "BENG", "BTECH", "BBA", "BFA",   "BSE", "BSEE", "BCOM", "BE",     "AB",  "SB",
        "MS",  "MSC", "MA",  "MENG", "MTECH", "MBA", "MFA",   "MPH", "MPA",  "MACC", "MSW",    "MED", "MS/MBA",
        "MSE", "MIS", "MPP", "MST",  "SM",    "PHD", "DPHIL", "JD",  "MD",   "DDS",  "PHARMD", "EDD", "DNP",
        "AA",  "AS",  "AAS", "LLB",  "LLM",   "BSN", "MSN",   "RN",  "GED",  "BASC", "MASC",   "MCS", "MSCS"};
    return codes;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "in Computer Science", "of Science": the words that follow a degree word.
std::string words_after(const std::string& s, size_t from, size_t max_words, size_t& end) {
    size_t i = from, words = 0;
    end = from;
    while (i < s.size() && words < max_words) {
        while (i < s.size() && s[i] == ' ') ++i;
        const size_t b = i;
        while (i < s.size() && (is_letter(s[i]) || s[i] == '-' || s[i] == '\'')) ++i;
        if (i == b) break;
        const std::string w = s.substr(b, i - b);
        if (!(w[0] >= 'A' && w[0] <= 'Z') && w != "of" && w != "and") break;
        end = i;
        ++words;
    }
    return s.substr(from, end - from);
}

}  // namespace

std::string leading_degree(const std::string& text, size_t& length) {
    length = 0;
    const std::string lower = to_lower(text);
    // Spelled out: "Bachelor of Science", "Master's degree", "Doctor of Philosophy", "Associate of Arts".
    for (const char* word :
         {"bachelor", "master", "doctor", "associate", "doctorate", "high school diploma", "diploma"}) {
        const std::string w = word;
        if (!starts_with(lower, w)) continue;
        size_t i = w.size();
        if (lower.compare(i, 2, "'s") == 0) i += 2;
        else if (lower.compare(i, 1, "s") == 0 && w != "diploma") i += 1;
        if (i < lower.size() && is_letter(lower[i])) continue;
        if (lower.compare(i, 7, " degree") == 0) i += 7;
        if (lower.compare(i, 4, " of ") == 0) {
            size_t end = 0;
            words_after(text, i + 4, 3, end);
            // "of Science in X": stop before " in".
            const size_t in = text.find(" in ", i + 4);
            if (in != std::string::npos && in < end) end = in;
            i = end;
        }
        length = i;
        return trim(text.substr(0, i));
    }
    // Abbreviations: "B.S.", "BSc", "M.A.", "Ph.D.", "MBA", "B.B.A.,"
    size_t i = 0;
    std::string code;
    while (i < text.size() && (is_letter(text[i]) || text[i] == '.' || text[i] == '/')) {
        if (text[i] != '.') code += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
        ++i;
    }
    if (i == 0 || code.empty() || !degree_codes().count(code)) return "";
    // "MS" must look like an abbreviation: capitals or dots ("Ms" or "ma" are words).
    const std::string written = text.substr(0, i);
    size_t capitals = 0;
    for (char c : written) capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    if (capitals < 2 && written.find('.') == std::string::npos) return "";
    if (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '(' && text[i] != ')') return "";
    length = i;
    return written;
}

namespace {

// Rejoins a school name wrapped over two lines ("Rhode Island School of" / "Design, 2019").
std::vector<std::string> unwrap(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const std::string& raw : lines) {
        const std::string t = trim(raw);
        if (!out.empty() && !t.empty() && !is_bullet_line(t)) {
            const std::string prev = to_lower(out.back());
            const bool dangling = ends_with(prev, " of") || ends_with(prev, " and") || ends_with(prev, " &") ||
                                  ends_with(prev, " for") || ends_with(prev, " at") || ends_with(prev, ",");
            if (dangling || t[0] == '(' || (t[0] >= 'a' && t[0] <= 'z')) {
                out.back() += " " + t;
                continue;
            }
        }
        out.push_back(t);
    }
    return out;
}

}  // namespace

std::vector<Education> read_education_section(const Knowledge& kb, const std::vector<std::string>& all_lines) {
    const std::vector<std::string> lines = unwrap(all_lines);
    std::vector<Education> out;
    bool open = false;  // the last entry can still take pieces
    for (const std::string& raw : lines) {
        const std::string line = trim(std::string(bullet_body(trim(raw))));
        if (line.empty()) {
            open = false;
            continue;
        }
        HeaderParts parts = split_header_line(line);
        // Keep "University of California, San Diego" whole: a comma-split place after a school is its campus.
        std::vector<std::string> texts;
        for (const std::string& t : parts.texts) {
            if (!texts.empty() && is_institution(kb, texts.back()) && !is_institution(kb, t) &&
                title_score(kb, t) == 0) {
                size_t len = 0;
                if (leading_degree(t, len).empty() && !parts.strong_separators && split(t, ' ').size() <= 3) {
                    texts.back() += ", " + t;
                    continue;
                }
            }
            texts.push_back(t);
        }
        std::string institution, degree, field;
        for (const std::string& t : texts) {
            size_t len = 0;
            const std::string d = leading_degree(t, len);
            if (!d.empty() && degree.empty()) {
                degree = d;
                std::string rest = trim(t.substr(len));
                while (!rest.empty() && (rest[0] == ',' || rest[0] == '-' || rest[0] == ':'))
                    rest = trim(rest.substr(1));
                if (starts_with(rest, "in ")) rest = trim(rest.substr(3));
                if (starts_with(rest, "(")) {
                    const size_t close = rest.find(')');
                    rest = close == std::string::npos ? "" : trim(rest.substr(close + 1));
                }
                if (!rest.empty()) field = rest;
            } else if (is_institution(kb, t) && institution.empty()) {
                institution = t;
            } else if (!degree.empty() && field.empty() && !is_institution(kb, t) && t.size() < 60 &&
                       !starts_with(to_lower(t), "gpa")) {
                field = t;  // "B.B.A., Marketing"
            }
        }
        const bool has_entry_piece = !institution.empty() || !degree.empty();
        if (!has_entry_piece) {
            if (open && parts.dates && !out.back().end)
                out.back().end = parts.dates->end ? parts.dates->end->iso() : parts.dates->start_iso();
            continue;  // GPA, honours, coursework
        }
        const bool extends = open && ((!institution.empty() && out.back().institution.empty()) ||
                                      (!degree.empty() && !out.back().degree && institution.empty()));
        if (!extends) out.emplace_back();
        Education& e = out.back();
        if (!institution.empty()) e.institution = institution;
        if (!degree.empty()) e.degree = degree;
        if (!field.empty() && !e.field) e.field = field;
        if (parts.dates && !e.end) {
            if (parts.dates->present) e.end = "present";
            else if (parts.dates->end) e.end = parts.dates->end->iso();
        }
        open = true;
    }
    // Entries without a school are not education ("Relevant coursework: ...").
    std::vector<Education> kept;
    for (Education& e : out)
        if (!e.institution.empty() || e.degree) kept.push_back(std::move(e));
    return kept;
}

}  // namespace ip
