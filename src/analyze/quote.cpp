#include "analyze/quote.h"

#include <algorithm>

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

std::string excerpt(const std::string& text, size_t max_chars) {
    std::string t = strip_trailing_period(text);
    if (t.size() <= max_chars) return t;
    // Prefer the first clause when it stands alone ("Owned full on-call rotation; ...").
    const size_t semi = t.find("; ");
    if (semi != std::string::npos && semi >= 25 && semi <= max_chars) return t.substr(0, semi);
    size_t cut = t.rfind(' ', max_chars);
    if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
    std::string out = t.substr(0, cut);
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == '-' ||
                            out.back() == ' '))
        out.pop_back();
    // Do not end on a dangling connective ("... using Java and").
    for (const char* w : {" and", " or", " with", " using", " to", " for", " of", " in", " by", " the", " a", " an"}) {
        if (ends_with(out, w)) {
            out.resize(out.size() - std::string(w).size());
            break;
        }
    }
    return out;
}

std::string requirement_topic(const Knowledge& kb, const RequirementAssessment& ra) {
    (void)kb;
    if (!ra.unmet_clause.empty()) return strip_trailing_period(ra.unmet_clause);
    if (!ra.skills_missing.empty()) {
        std::vector<std::string> names(ra.skills_missing.begin(),
                                       ra.skills_missing.begin() + std::min<size_t>(2, ra.skills_missing.size()));
        std::vector<std::string> lowered;
        for (const auto& n : names) lowered.push_back(lower_first_word(n));
        return join_list(lowered);
    }
    const Requirement& r = *ra.requirement;
    if (!r.skills.empty()) return join_list({r.skills.begin(), r.skills.begin() + std::min<size_t>(2, r.skills.size())});
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
    if (b.is_project) return "the " + b.employer + " project";
    return b.employer;
}

}  // namespace ip
