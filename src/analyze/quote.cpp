#include "analyze/quote.h"

#include <algorithm>

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

std::string excerpt(const std::string& text, size_t max_chars) {
    std::string t = strip_trailing_period(text);
    if (t.size() <= max_chars) return t;
    // Prefer a whole clause: "Owned full on-call rotation; ..." or "..., reducing p99 latency".
    for (const char* sep : {". ", "; ", ", ", " – ", " — "}) {
        const size_t at = t.rfind(sep, max_chars);
        if (at != std::string::npos && at >= max_chars / 2) return t.substr(0, at);
    }
    size_t cut = t.rfind(' ', max_chars);
    if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
    std::string out = t.substr(0, cut);
    while (!out.empty() &&
           (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == '-' || out.back() == ' '))
        out.pop_back();
    // Do not end on a dangling connective ("... using Java and") or participle ("..., reducing").
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const char* w :
             {" and", " or", " with", " using", " to", " for", " of", " in", " by", " the", " a", " an", " from"}) {
            if (ends_with(out, w)) {
                out.resize(out.size() - std::string(w).size());
                trimmed = true;
            }
        }
        // "..., reducing" (a participle opening a cut-off clause), not "alerting".
        const size_t sp = out.rfind(' ');
        if (sp != std::string::npos && sp > 0 && out[sp - 1] == ',' && ends_with(out, "ing")) {
            out.resize(sp);
            trimmed = true;
        }
        while (!out.empty() && (out.back() == ',' || out.back() == ';')) out.pop_back();
    }
    return out;
}

std::string skill_phrase(const Knowledge& kb, const std::string& name) {
    const SkillDef* def = kb.skill_named(name);
    static const char* proper_categories[] = {"language",   "framework", "library", "cloud", "database",
                                              "devops",     "tool",      "mobile",  "os",    "testing",
                                              "networking", "security",  "ml"};
    if (def)
        for (const char* c : proper_categories)
            if (def->category == c) return name;
    // Title-case common nouns read lower-case; acronyms and mixed case stay.
    std::string out;
    size_t i = 0;
    while (i <= name.size()) {
        size_t j = name.find(' ', i);
        if (j == std::string::npos) j = name.size();
        std::string w = name.substr(i, j - i);
        bool plain_word = w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z';
        for (size_t k = 1; k < w.size() && plain_word; ++k)
            if ((w[k] >= 'A' && w[k] <= 'Z') || (w[k] >= '0' && w[k] <= '9')) plain_word = false;
        if (plain_word) w[0] = static_cast<char>(w[0] - 'A' + 'a');
        out += (out.empty() ? "" : " ") + w;
        i = j + 1;
    }
    // "Event-Driven Architecture" -> "event-driven architecture".
    for (size_t k = 1; k + 1 < out.size(); ++k)
        if (out[k] == '-' && out[k + 1] >= 'A' && out[k + 1] <= 'Z' && k + 2 < out.size() && out[k + 2] >= 'a' &&
            out[k + 2] <= 'z')
            out[k + 1] = static_cast<char>(out[k + 1] - 'A' + 'a');
    return out;
}

std::vector<std::string> skill_phrases(const Knowledge& kb, const std::vector<std::string>& names, size_t limit) {
    std::vector<std::string> out;
    for (size_t i = 0; i < names.size() && i < limit; ++i) out.push_back(skill_phrase(kb, names[i]));
    return out;
}

std::string requirement_topic(const Knowledge& kb, const RequirementAssessment& ra) {
    if (!ra.unmet_clause.empty()) return strip_trailing_period(ra.unmet_clause);
    if (!ra.skills_missing.empty()) {
        std::vector<std::string> names(ra.skills_missing.begin(),
                                       ra.skills_missing.begin() + std::min<size_t>(2, ra.skills_missing.size()));
        return join_list(skill_phrases(kb, names, 2));
    }
    const Requirement& r = *ra.requirement;
    if (!r.skills.empty()) return join_list(skill_phrases(kb, r.skills, 2));
    // Fall back to the line itself, trimmed of its lead-in.
    std::string t = strip_trailing_period(r.text);
    for (const char* lead : {"Experience with ", "Experience in ", "Experience ", "Strong understanding of ",
                             "Understanding of ", "Knowledge of ", "Ability to ", "Proficiency in ", "Demonstrated "}) {
        if (starts_with(t, lead)) {
            t = t.substr(std::string(lead).size());
            break;
        }
    }
    return lower_first_word(excerpt(t, 60));
}

std::string where_phrase(const BulletRef& b) {
    if (b.is_project) return b.employer.empty() ? "a side project" : "the " + b.employer + " project";
    return b.employer;
}

std::string quoted_list(const std::vector<std::string>& sentences) {
    std::vector<std::string> quoted;
    for (const std::string& s : sentences) quoted.push_back("\u201c" + strip_trailing_period(s) + "\u201d");
    return join_list(quoted);
}

}  // namespace ip
