#include <map>
#include <set>

#include "core/text.h"
#include "knowledge/company_name_key.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"

namespace ip {

namespace {

bool report(std::string& error, const std::string& where, const std::string& problem) {
    error = where + ": " + problem;
    return false;
}

// First place each id was seen; a second sighting is an error naming both.
bool check_unique_ids(const std::vector<std::string>& ids, const std::vector<std::string>& where, std::string& error) {
    std::map<std::string, size_t> first;
    for (size_t i = 0; i < ids.size(); ++i) {
        auto [it, inserted] = first.emplace(ids[i], i);
        if (!inserted)
            return report(error, where[i], "id " + in_quotes(ids[i]) + " is already used by " + where[it->second]);
    }
    return true;
}

template <typename T, typename IdOf>
std::vector<std::string> ids_of(const std::vector<T>& items, IdOf id_of) {
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const T& item : items) ids.push_back(id_of(item));
    return ids;
}

bool check_skills(const KnowledgeDraft& d, std::string& error) {
    const auto& skills = d.kb.skills;
    if (!check_unique_ids(ids_of(skills, [](const SkillDef& s) { return s.id; }), d.skill_where, error)) return false;
    std::set<std::string> ids;
    for (const SkillDef& s : skills) ids.insert(s.id);
    // A spelling that two skills claim would make the matcher's choice arbitrary.
    std::map<std::string, size_t> owner;
    for (size_t i = 0; i < skills.size(); ++i) {
        for (const std::string& related : skills[i].related)
            if (!ids.count(related))
                return report(error, d.skill_where[i], "related id " + in_quotes(related) + " does not exist");
        std::vector<std::string> spellings = skills[i].aliases;
        spellings.push_back(skills[i].name);
        for (const std::string& spelling : spellings) {
            auto [it, inserted] = owner.emplace(spelling_key(spelling), i);
            if (!inserted && it->second != i)
                return report(error, d.skill_where[i],
                              "name or alias " + in_quotes(spelling) + " is already used by " +
                                  d.skill_where[it->second]);
        }
    }
    return true;
}

bool check_roles(const KnowledgeDraft& d, std::string& error) {
    const auto& roles = d.kb.roles;
    if (!check_unique_ids(ids_of(roles, [](const RoleFamily& r) { return r.id; }), d.role_where, error)) return false;
    std::set<std::string> skill_ids;
    for (const SkillDef& s : d.kb.skills) skill_ids.insert(s.id);
    size_t fallback = roles.size();
    for (size_t i = 0; i < roles.size(); ++i) {
        for (const std::string& skill : roles[i].core_skills)
            if (!skill_ids.count(skill))
                return report(error, d.role_where[i], "core skill " + in_quotes(skill) + " does not exist");
        if (!roles[i].fallback) continue;
        if (fallback != roles.size())
            return report(error, d.role_where[i],
                          "a second fallback family (" + d.role_where[fallback] + " is already the fallback)");
        fallback = i;
    }
    return true;
}

// A question's "round" is a round of the first family it lists.
bool check_question_rounds(const KnowledgeDraft& d, std::string& error) {
    for (size_t i = 0; i < d.kb.questions.size(); ++i) {
        const QuestionDef& q = d.kb.questions[i];
        if (q.round.empty()) continue;
        const RoleFamily* family = nullptr;
        for (const RoleFamily& r : d.kb.roles)
            if (r.id == q.families.front()) family = &r;
        if (!family)
            return report(error, d.question_where[i],
                          "round " + in_quotes(q.round) + " needs a role family first in \"families\", not " +
                              in_quotes(q.families.front()));
        bool known = false;
        for (const InterviewRound& r : family->rounds) known = known || r.id == q.round;
        if (!known)
            return report(error, d.question_where[i],
                          "round " + in_quotes(q.round) + " is not a round of " + in_quotes(family->id) +
                              " in roles.json");
    }
    return true;
}

bool check_companies(const KnowledgeDraft& d, std::string& error) {
    const auto& companies = d.kb.companies;
    size_t generic = companies.size();
    for (size_t i = 0; i < companies.size(); ++i) {
        if (!companies[i].generic) continue;
        if (generic != companies.size())
            return report(error, d.company_where[i],
                          "a second generic profile (" + d.company_where[generic] + " is already generic)");
        generic = i;
    }
    if (generic == companies.size() || companies[generic].id != "generic")
        return report(error, "assets/companies/generic.json", "must exist and say \"generic\": true");
    // find_company() resolves names and aliases case-insensitively: each must be
    // unambiguous. The generic profile is a fallback that is never looked up.
    std::map<std::string, size_t> owner;
    for (size_t i = 0; i < companies.size(); ++i) {
        if (companies[i].generic) continue;
        std::vector<std::string> spellings = companies[i].aliases;
        spellings.push_back(companies[i].name);
        spellings.push_back(companies[i].id);
        for (const std::string& spelling : spellings) {
            auto [it, inserted] = owner.emplace(company_name_key(spelling, d.kb.reading.legal_suffixes), i);
            if (!inserted && it->second != i)
                return report(error, d.company_where[i],
                              "name or alias " + in_quotes(spelling) + " is already used by " +
                                  d.company_where[it->second]);
        }
    }
    return true;
}

bool check_families(const std::vector<std::string>& families, const std::set<std::string>& role_ids,
                    const std::string& where, std::string& error) {
    for (const std::string& family : families)
        if (family != "any" && !role_ids.count(family))
            return report(error, where, "family " + in_quotes(family) + " is not a role id or \"any\"");
    return true;
}

bool check_question_banks(const KnowledgeDraft& d, std::string& error) {
    std::set<std::string> role_ids;
    for (const RoleFamily& r : d.kb.roles) role_ids.insert(r.id);
    if (!check_unique_ids(ids_of(d.kb.questions, [](const QuestionDef& q) { return q.id; }), d.question_where, error) ||
        !check_unique_ids(ids_of(d.kb.curveballs, [](const CurveballDef& c) { return c.id; }), d.curveball_where,
                          error))
        return false;
    for (size_t i = 0; i < d.kb.questions.size(); ++i)
        if (!check_families(d.kb.questions[i].families, role_ids, d.question_where[i], error)) return false;
    for (size_t i = 0; i < d.kb.curveballs.size(); ++i)
        if (!check_families(d.kb.curveballs[i].families, role_ids, d.curveball_where[i], error)) return false;
    return check_question_rounds(d, error);
}

bool check_verbs(const KnowledgeDraft& d, std::string& error) {
    return check_unique_ids(ids_of(d.kb.verbs, [](const VerbDef& v) { return v.past; }), d.verb_where, error);
}

bool check_theme_list(const std::vector<std::string>& themes, const std::set<std::string>& known,
                      const std::string& where, std::string& error) {
    for (const std::string& theme : themes)
        if (!known.count(theme)) return report(error, where, "theme " + in_quotes(theme) + " is not in themes.json");
    return true;
}

// Every theme tag used anywhere must be defined in themes.json.
bool check_themes(const KnowledgeDraft& d, std::string& error) {
    if (!check_unique_ids(ids_of(d.kb.themes, [](const ThemeDef& t) { return t.id; }), d.theme_where, error))
        return false;
    std::set<std::string> known;
    for (const ThemeDef& t : d.kb.themes) known.insert(t.id);
    for (size_t i = 0; i < d.kb.companies.size(); ++i) {
        const auto& values = d.kb.companies[i].values;
        for (size_t v = 0; v < values.size(); ++v) {
            const std::string where = d.company_where[i] + ": value #" + std::to_string(v + 1) + " (" +
                                      in_quotes(values[v].name) + ")";
            if (!check_theme_list(values[v].themes, known, where, error)) return false;
        }
    }
    for (size_t i = 0; i < d.kb.questions.size(); ++i)
        if (!check_theme_list(d.kb.questions[i].themes, known, d.question_where[i], error)) return false;
    for (size_t i = 0; i < d.kb.verbs.size(); ++i)
        if (!check_theme_list(d.kb.verbs[i].themes, known, d.verb_where[i], error)) return false;
    if (!check_unique_ids(ids_of(d.kb.story_kinds, [](const StoryKindDef& k) { return k.id; }), d.story_kind_where,
                          error))
        return false;
    for (size_t i = 0; i < d.kb.story_kinds.size(); ++i)
        if (!check_theme_list(d.kb.story_kinds[i].answers, known, d.story_kind_where[i], error)) return false;
    return true;
}

}  // namespace

// register.json names role families (or "outside_software").
bool check_register(const KnowledgeDraft& d, std::string& error) {
    std::vector<std::string> named = d.kb.software_families;
    for (const auto& [family, words] : d.kb.foreign_words)
        if (family != "outside_software") named.push_back(family);
    for (const std::string& family : named) {
        bool known = false;
        for (const RoleFamily& r : d.kb.roles) known = known || r.id == family;
        if (!known) {
            error = "assets/register.json: " + in_quotes(family) + " is not a role family in roles.json";
            return false;
        }
    }
    return true;
}

// Short spellings with a capital ("Go", "R") match case-sensitively; every
// other spelling matches case-insensitively (see SkillDef::aliases).
std::string spelling_key(const std::string& spelling) {
    bool has_upper = false;
    for (char c : spelling) has_upper = has_upper || (c >= 'A' && c <= 'Z');
    if (has_upper && spelling.size() <= 2) return "exact:" + spelling;
    return "any-case:" + to_lower(spelling);
}

bool check_cross_references(const KnowledgeDraft& draft, std::string& error) {
    return check_skills(draft, error) && check_roles(draft, error) && check_companies(draft, error) &&
           check_question_banks(draft, error) && check_verbs(draft, error) && check_themes(draft, error) &&
           check_register(draft, error);
}

}  // namespace ip
