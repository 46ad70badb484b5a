#include "compose/skill_prose.h"

#include <algorithm>

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

namespace {

// Skill categories that mostly name a way of working rather than a product.
bool generic_category(const std::string& category) {
    static const char* generic[] = {
        "practice",         "soft",    "operations", "project_management", "analytics", "product",    "sales",
        "customer_success", "finance", "hr",         "education",          "legal",     "healthcare", "supply_chain"};
    return std::find(std::begin(generic), std::end(generic), category) != std::end(generic);
}

bool generic_skill(const Knowledge& kb, const std::string& name) {
    const SkillDef* s = kb.skill_named(to_lower(name));
    if (!s || !generic_category(s->category)) return false;
    const std::vector<std::string> words = split(name, ' ');
    if (words.size() < 2) return s->category == "practice" || s->category == "soft";
    for (const auto& w : words)
        if (kb.skill_named(to_lower(w)) || kb.find_company(w)) return false;
    return true;
}

}  // namespace

std::string prose_skill(const Knowledge& kb, const std::string& name) {
    if (!generic_skill(kb, name)) return name;
    // Words written with one leading capital only; "APIs", "CI/CD" keep theirs.
    std::vector<std::string> words = split(name, ' ');
    for (auto& w : words) w = lower_first_word(w);
    return join(words, " ");
}

std::string prose_skills(const Knowledge& kb, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (size_t i = 0; i < names.size() && i < 2; ++i) out.push_back(prose_skill(kb, names[i]));
    return join_list(out);
}

std::string topic_phrase(const Knowledge& kb, const std::string& phrase) {
    std::string t = trim(phrase);
    for (const char* article : {"A ", "An ", "The ", "a ", "an ", "the "})
        if (starts_with(t, article) && t.size() > std::string(article).size() + 3) {
            t = t.substr(std::string(article).size());
            break;
        }
    const size_t space = t.find(' ');
    const std::string first = leading_word(t);
    for (const auto& v : kb.verbs) {
        const bool third_person = first == v.base + "s" || first == v.base + "es" ||
                                  (ends_with(v.base, "y") && first == v.base.substr(0, v.base.size() - 1) + "ies");
        if (third_person || first == v.past || first == v.base) {
            return v.gerund + (space == std::string::npos ? "" : t.substr(space));
        }
    }
    return lower_first_word(t);
}

}  // namespace ip
