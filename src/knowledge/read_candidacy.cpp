// assets/candidacy.json: the candidacy-risk check's words (knowledge/candidacy_words.h).
#include "core/text.h"
#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

namespace {

// A lower-case phrase list, each once, at least one.
bool phrase_list(EntryReader& in, const char* key, std::vector<std::string>& out) {
    return in.text_list(key, out, 1) && check_lower_case(in, key, out) && check_no_duplicates(in, key, out);
}

// Region codes are written upper-case ("WA"), names lower-case ("washington").
bool check_regions(EntryReader& in, const std::vector<std::string>& regions) {
    for (const std::string& r : regions) {
        bool code = r.size() <= 3;
        for (char ch : r) code = code && ch >= 'A' && ch <= 'Z';
        if (!code && to_lower(r) != r)
            return in.fail("region " + in_quotes(r) + ": write names in lower case and codes in upper case");
    }
    return check_no_duplicates(in, "regions", regions);
}

}  // namespace

bool read_candidacy_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                         std::string& error) {
    const nlohmann::json* table = top_level_value(name, doc, "candidacy", nlohmann::json::value_t::object, error);
    if (!table) return false;
    CandidacyWords& w = draft.kb.candidacy;
    EntryReader top(*table, asset_label(name) + ": candidacy", error);
    if (!top.only_keys({"countries", "programmes", "remote", "on_site", "experience_words"}) ||
        !phrase_list(top, "remote", w.remote) || !phrase_list(top, "on_site", w.on_site) ||
        !phrase_list(top, "experience_words", w.experience_words))
        return false;
    const auto countries = table->find("countries");
    if (countries == table->end() || !countries->is_array() || countries->empty())
        return top.fail("\"countries\" must be a list of countries");
    size_t number = 0;
    for (const auto& entry : *countries) {
        EntryReader in(entry, asset_label(name) + ": country #" + std::to_string(++number), error);
        CountryWords c;
        if (!in.is_object() || !in.only_keys({"id", "names", "regions"}) || !in.text("id", c.id)) return false;
        in.name_entry(c.id);
        if (!check_identifier(in, "id", c.id) || !phrase_list(in, "names", c.names) ||
            !in.text_list("regions", c.regions) || !check_regions(in, c.regions))
            return false;
        for (const CountryWords& seen : w.countries)
            if (seen.id == c.id) return in.fail("id listed twice");
        w.countries.push_back(std::move(c));
    }
    const auto programmes = table->find("programmes");
    if (programmes == table->end()) return top.fail("\"programmes\" is required");
    EntryReader in(*programmes, asset_label(name) + ": candidacy.programmes", error);
    ProgrammeWords& p = w.programmes;
    return in.is_object() && in.only_keys({"educated_abroad", "new_graduate", "student", "returner"}) &&
           phrase_list(in, "educated_abroad", p.educated_abroad) && phrase_list(in, "new_graduate", p.new_graduate) &&
           phrase_list(in, "student", p.student) && phrase_list(in, "returner", p.returner);
}

}  // namespace ip
