#include "parse/seniority.h"

#include <vector>

#include "core/text.h"

namespace ip {

namespace {

std::vector<std::string> title_words(const std::string& title) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : title) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
            cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (!cur.empty()) {
            words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

bool has(const std::vector<std::string>& w, const char* word) {
    for (const std::string& x : w)
        if (x == word) return true;
    return false;
}

bool has_pair(const std::vector<std::string>& w, const char* a, const char* b) {
    for (size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i] == a && w[i + 1] == b) return true;
    return false;
}

// "Product Manager", "Account Manager": individual contributors despite the word.
bool manages_a_thing_not_people(const std::vector<std::string>& w) {
    for (size_t i = 0; i + 1 < w.size(); ++i) {
        if (w[i + 1] != "manager") continue;
        const std::string& before = w[i];
        if (before == "product" || before == "program" || before == "project" || before == "account" ||
            before == "success" || before == "community" || before == "content" || before == "brand" ||
            before == "relationship" || before == "case" || before == "media" || before == "campaign" ||
            before == "release" || before == "territory" || before == "portfolio" || before == "category")
            return true;
    }
    return false;
}

}  // namespace

std::optional<SeniorityLevel> title_level(const std::string& title) {
    const std::vector<std::string> w = title_words(title);
    if (w.empty()) return std::nullopt;
    if (has(w, "chief") || has(w, "cto") || has(w, "ceo") || has(w, "cfo") || has(w, "coo") || has(w, "cmo") ||
        has(w, "cio") || has(w, "ciso") || has(w, "vp") || has(w, "svp") || has(w, "evp") ||
        has_pair(w, "vice", "president") || (has(w, "president") && !has(w, "club")) || has(w, "founder") ||
        has(w, "co-founder") || has(w, "cofounder"))
        return SeniorityLevel::Executive;
    if (has(w, "director") || has_pair(w, "head", "of") || (has(w, "head") && w.front() == "head"))
        return SeniorityLevel::Director;
    if ((has(w, "manager") && !manages_a_thing_not_people(w)) || has(w, "em")) return SeniorityLevel::Manager;
    // Career-ladder codes as big tech writes them: "(L3)" ... "(L8)".
    if (has(w, "l8") || has(w, "l9")) return SeniorityLevel::Principal;
    if (has(w, "principal") || has(w, "distinguished") || has(w, "fellow")) return SeniorityLevel::Principal;
    if (has(w, "l6") || has(w, "l7")) return SeniorityLevel::Staff;
    if (has(w, "staff") && !has_pair(w, "staff", "accountant") && !has_pair(w, "staff", "accountants") &&
        !has_pair(w, "staff", "nurse"))
        return SeniorityLevel::Staff;
    // A charge nurse leads the unit's shift: a senior nurse's post, as a lead is an engineer's.
    // "IV" is the fourth rung of a numbered ladder (Engineer IV, RN IV): above III, below staff.
    if (has(w, "senior") || has(w, "sr") || has(w, "lead") || has(w, "l5") || has(w, "charge") || has(w, "iv"))
        return SeniorityLevel::Senior;
    if (has(w, "intern") || has(w, "internship") || has(w, "co-op") || has(w, "trainee")) return SeniorityLevel::Intern;
    if (has(w, "junior") || has(w, "jr") || has(w, "entry") || has(w, "graduate") || has_pair(w, "new", "grad") ||
        has(w, "apprentice") || w.back() == "i" || (has(w, "associate") && w.back() != "associate") ||
        has_pair(w, "early", "career") || has_pair(w, "entry", "level") || has(w, "entry-level") || has(w, "l3") ||
        has(w, "l2"))
        return SeniorityLevel::Junior;
    // "Engineer III" is mid: on the numbered ladders that print it (Google's SWE II/III, the
    // RN I-IV clinical ladders) III sits below the Senior title; a banking "..., Associate" is
    // a mid-level rank.
    if (has(w, "ii") || has(w, "iii") || has(w, "intermediate") || has(w, "mid-level") || has(w, "l4") ||
        w.back() == "associate")
        return SeniorityLevel::Mid;
    return std::nullopt;
}

SeniorityLevel level_from_years(double years) {
    if (years < 3.0) return SeniorityLevel::Junior;
    if (years < 8.0) return SeniorityLevel::Mid;
    return SeniorityLevel::Senior;
}

}  // namespace ip
