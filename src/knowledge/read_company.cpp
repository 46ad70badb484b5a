#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

namespace {

bool read_values(EntryReader& company, const nlohmann::json& list, std::vector<ValueDef>& out, std::string& error) {
    if (!list.is_array() || list.empty()) return company.fail("\"values\" must be a non-empty list of objects");
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        EntryReader in(entry, company.where() + ": value #" + std::to_string(++number), error);
        ValueDef value;
        if (!in.is_object() || !in.text("name", value.name)) return false;
        in.name_entry(value.name);
        if (!in.only_keys({"name", "description", "signals", "themes"}) || !in.text("description", value.description) ||
            !in.text_list("signals", value.signals, 1) || !check_lower_case(in, "signals", value.signals) ||
            !check_no_duplicates(in, "signals", value.signals) || !in.text_list("themes", value.themes, 1) ||
            !check_themes(in, "themes", value.themes))
            return false;
        for (const ValueDef& earlier : out)
            if (earlier.name == value.name) return in.fail("value name appears twice");
        out.push_back(std::move(value));
    }
    return true;
}

}  // namespace

bool read_company_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    EntryReader in(doc, asset_label(name), error);
    CompanyDef company;
    if (!in.is_object() ||
        !in.only_keys({"id", "name", "aliases", "industry", "values_source", "values", "process", "unique", "culture",
                       "success", "special_interviewer", "special_interviewer_about", "facts", "generic", "_doc"}) ||
        !in.text("id", company.id) || !check_identifier(in, "id", company.id))
        return false;
    // One company per file, named after its id, so a coach finds it where expected.
    const std::string expected_name = "companies/" + company.id + ".json";
    if (name != expected_name)
        return in.fail("id " + in_quotes(company.id) + " belongs in " + asset_label(expected_name));
    if (!in.text("name", company.name) || !in.optional_text_list("aliases", company.aliases) ||
        !in.text("industry", company.industry) || !in.text("values_source", company.values_source))
        return false;
    if (!doc.contains("values")) return in.fail("missing \"values\"");
    if (!read_values(in, doc.at("values"), company.values, error)) return false;
    if (!in.text_list("process", company.process, 1) || !in.optional_text_list("unique", company.unique) ||
        !in.text_list("culture", company.culture, 1) || !in.text_map("success", company.success) ||
        !check_level_keys(in, "success", company.success) ||
        !in.optional_text("special_interviewer", company.special_interviewer) ||
        !in.optional_text("special_interviewer_about", company.special_interviewer_about) ||
        !in.optional_text_list("facts", company.facts) || !in.optional_flag("generic", company.generic))
        return false;
    if (company.success.empty()) return in.fail("\"success\" needs at least one level");
    if (company.special_interviewer.empty() != company.special_interviewer_about.empty())
        return in.fail("\"special_interviewer\" and \"special_interviewer_about\" go together");
    draft.kb.companies.push_back(std::move(company));
    draft.company_where.push_back(in.where());
    return true;
}

}  // namespace ip
