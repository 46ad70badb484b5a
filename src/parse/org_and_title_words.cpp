#include "parse/org_and_title_words.h"

#include <set>
#include <vector>

#include "core/text.h"

namespace ip {

namespace {

std::vector<std::string> lower_words(const std::string& text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '&' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
        if (keep) {
            cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        } else if (!cur.empty()) {
            words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    for (std::string& w : words)
        while (w.size() > 1 && (w.back() == '.' || w.back() == '\'')) w.pop_back();
    return words;
}

// Nouns that name a role.
const std::set<std::string>& role_nouns() {
    // clang-format off
    static const std::set<std::string> w = {
        "engineer", "developer", "manager", "director", "analyst", "scientist", "designer", "architect", "consultant",
        "specialist", "intern", "associate", "vp", "president", "officer", "coordinator", "administrator",
        "representative", "technician", "nurse", "teacher", "accountant", "recruiter", "marketer", "writer", "editor",
        "advocate", "educator", "researcher", "sre", "sde", "swe", "cto", "ceo", "cfo", "coo", "cmo", "cio", "ciso", "founder",
        "co-founder", "cofounder", "owner", "fellow", "strategist", "planner", "buyer", "assistant", "agent", "clerk",
        "operator", "supervisor", "therapist", "physician", "pharmacist", "attorney", "paralegal", "lawyer", "auditor",
        "controller", "bookkeeper", "programmer", "tester", "instructor", "professor", "lecturer", "tutor",
        "counselor", "apprentice", "trainee", "contractor", "freelancer", "volunteer", "producer", "artist",
        "illustrator", "photographer", "copywriter", "generalist", "partner", "head", "lead", "chief", "member",
        "internship", "co-op", "ae", "sdr", "bdr", "pm", "tpm", "em", "dba", "devops", "executive", "principal",
        "staff", "senior", "sr", "junior", "jr", "mts", "hacker", "evangelist", "steward", "secretary", "cashier",
        "barista", "server", "chef", "driver", "mechanic", "electrician", "pilot", "dentist", "surgeon", "resident",
        "postdoc", "postdoctoral", "ta", "ra", "faculty", "dean", "principal", "superintendent", "investigator",
        "economist", "statistician", "actuary", "underwriter", "broker", "banker", "trader", "adviser", "advisor",
        "owner", "mentor", "coach", "trainer", "facilitator", "moderator", "curator", "librarian", "translator",
        "interpreter", "journalist", "reporter", "correspondent", "ux", "ui", "qa", "sales", "support", "success"};
    // clang-format on
    return w;
}

// Words that close an organisation's name.
const std::set<std::string>& org_words() {
    // clang-format off
    static const std::set<std::string> w = {
        "inc", "llc", "ltd", "corp", "corporation", "co", "company", "companies", "group", "technologies",
        "technology", "labs", "lab", "systems", "solutions", "bank", "university", "college", "institute",
        "hospital", "health", "healthcare", "partners", "capital", "software", "studios", "studio", "games", "media",
        "foundation", "agency", "consulting", "services", "networks", "therapeutics", "pharmaceuticals", "motors",
        "energy", "airlines", "insurance", "holdings", "ventures", "enterprises", "international",
        "global", "gmbh", "ag", "plc", "pvt", "limited", "school", "academy", "center", "centre", "clinic",
        "department", "government", "council", "payments", "bancorp", "trust", "federal", "reserve", "laboratories",
        "robotics", "interactive", "works", "industries", "brands", "stores", "markets", "entertainment", "press", "publishing", "devices", "electronics", "semiconductor", "biosciences", "bio", "institution", "association",
        "society", "museum", "library", "city", "county", "state", "ministry", "army", "navy", "force", "startup",
        "e-commerce", "ecommerce", ".com", "io", "app", "apps", "platforms"};
    // clang-format on
    return w;
}

}  // namespace

int title_score(const std::string& text) {
    int score = 0;
    for (const std::string& w : lower_words(text)) {
        if (role_nouns().count(w)) score += 2;
        else if (w == "ii" || w == "iii" || w == "iv" || w == "i" || w == "product" || w == "engineering" ||
                 w == "software" || w == "data" || w == "account" || w == "program" || w == "project" ||
                 w == "technical" || w == "operations" || w == "marketing" || w == "research" || w == "development" ||
                 w == "audit" || w == "accounting" || w == "full-stack" || w == "backend" || w == "frontend" ||
                 w == "front-end" || w == "back-end")
            score += 1;
    }
    return score;
}

namespace {

// "Microsoft (Azure)" -> "Microsoft"
std::string without_unit(const std::string& text) {
    std::string bare = trim(text);
    const size_t paren = bare.find(" (");
    if (paren != std::string::npos) bare = trim(bare.substr(0, paren));
    return bare;
}

}  // namespace

int organization_score(const Knowledge& kb, const std::string& text) {
    const std::string bare = without_unit(text);
    // Company names are short; a sentence is not worth the lookup.
    const int known = bare.size() <= 48 && kb.find_company(bare) ? 4 : 0;
    return known + organization_word_score(bare);
}

int organization_word_score(const std::string& text) {
    int score = 0;
    const std::string bare = without_unit(text);
    for (const std::string& w : lower_words(bare))
        if (org_words().count(w)) score += 2;
    if (ends_with(to_lower(bare), ".com") || ends_with(to_lower(bare), ".io") || ends_with(to_lower(bare), ".ai"))
        score += 2;
    return score;
}

bool is_institution(const std::string& text) {
    const std::vector<std::string> words = lower_words(text);
    // "Virginia Tech", "Georgia Tech"
    if (words.size() >= 2 && words.size() <= 3 && words.back() == "tech") return true;
    for (const std::string& w : words)
        if (w == "university" || w == "college" || w == "institute" || w == "school" || w == "academy" ||
            w == "polytechnic" || w == "universidad" || w == "université" || w == "universität" ||
            w == "conservatory" || w == "iit" || w == "mit" || w == "caltech" || w == "seminary" || w == "bootcamp")
            return true;
    return false;
}

}  // namespace ip
