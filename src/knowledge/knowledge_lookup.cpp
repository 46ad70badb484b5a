#include <stdexcept>
#include <string_view>

#include "core/text.h"
#include "knowledge/company_name_key.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge.h"
#include "knowledge/phrasing_keys.h"

namespace ip {

const SkillDef* Knowledge::skill(const std::string& id) const {
    auto it = skill_by_id.find(id);
    return it == skill_by_id.end() ? nullptr : &skills[it->second];
}

const SkillDef* Knowledge::skill_named(const std::string& canonical_name) const {
    auto it = skill_by_name.find(to_lower(canonical_name));
    return it == skill_by_name.end() ? nullptr : &skills[it->second];
}

const CompanyDef& Knowledge::generic_company() const {
    for (const CompanyDef& c : companies)
        if (c.generic) return c;
    // Only reachable with a knowledge base that was never loaded.
    static const CompanyDef empty_profile;
    return empty_profile;
}

const CompanyDef* Knowledge::find_company(const std::string& name) const {
    const std::string key = company_name_key(name, reading.legal_suffixes);
    if (key.empty()) return nullptr;
    auto it = company_by_key.find(key);
    return it == company_by_key.end() ? nullptr : &companies[it->second];
}

std::string Knowledge::spoken_company_name(const std::string& written) const {
    const std::string bare = trim(written);
    const std::string spoken = without_legal_suffixes(bare, reading.legal_suffixes);
    if (spoken == bare) return bare;
    if (const CompanyDef* known = find_company(bare)) return known->name;
    return spoken;
}

const RoleFamily* Knowledge::role(const std::string& id) const {
    for (const RoleFamily& r : roles)
        if (r.id == id) return &r;
    return nullptr;
}

const VerbDef* Knowledge::verb(const std::string& word) const {
    auto it = verb_by_past.find(to_lower(trim(word)));
    return it == verb_by_past.end() ? nullptr : &verbs[it->second];
}

const VerbDef* Knowledge::verb_other_form(const std::string& lower) const {
    auto it = verb_by_other_form.find(lower);
    return it == verb_by_other_form.end() ? nullptr : &verbs[it->second];
}

const ThemeDef* Knowledge::theme(const std::string& id) const {
    for (const ThemeDef& t : themes)
        if (t.id == id) return &t;
    return nullptr;
}

bool phrasing_key_is_asked(const std::string& key) {
    for (std::string_view k : kAskedPhrasingKeys)
        if (k == key) return true;
    for (std::string_view prefix : kAskedPhrasingPrefixes)
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
}

const std::vector<std::string>& Knowledge::phrases(const std::string& key) const {
    static const std::vector<std::string> none;
    auto it = phrasing.find(key);
    if (it != phrasing.end()) return it->second;
    if (!phrasing_key_is_asked(key))
        throw std::logic_error("phrasing key " + in_quotes(key) +
                               " is not one the engine asks for (src/knowledge/phrasing_keys.h): a mistyped key?");
    return none;
}

}  // namespace ip
