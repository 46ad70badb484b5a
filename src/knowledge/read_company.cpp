#include <map>

#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"

namespace ip {

namespace {

// A researched company cites every claim: "sources" names each page once with
// the year its text was read as true, and every value, mission, process, unique,
// culture and facts entry names its source. The generic profile is our own
// synthesis and cites nothing.
struct SourceTable {
    std::map<std::string, bool> used;  // source key -> cited by some entry
};

constexpr int kOldestYear = 1990;
constexpr int kNewestYear = 2100;

bool read_sources(EntryReader& company, const nlohmann::json& doc, SourceTable& table, std::string& error) {
    if (!doc.contains("sources")) return company.fail("missing \"sources\": every claim needs a source URL and year");
    const nlohmann::json& sources = doc.at("sources");
    if (!sources.is_object() || sources.empty())
        return company.fail("\"sources\" must be an object naming at least one source");
    for (const auto& [key, entry] : sources.items()) {
        EntryReader in(entry, company.where() + ": source " + in_quotes(key), error);
        std::string url;
        int as_of = 0;
        if (!in.is_object() || !in.only_keys({"url", "as_of"}) || !in.text("url", url) ||
            !in.integer("as_of", as_of, kOldestYear, kNewestYear))
            return false;
        const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
        if (!web || url.find_first_of(" \t\n") != std::string::npos)
            return in.fail("\"url\" must be a web address starting with https://");
        table.used[key] = false;
    }
    return true;
}

// The "source" key of one entry: present, and naming an entry of "sources".
bool cite(EntryReader& in, const nlohmann::json& entry, SourceTable* table) {
    if (!table) return !entry.contains("source") || in.fail("the generic profile cites no sources");
    std::string key;
    if (!in.text("source", key)) return false;
    auto it = table->used.find(key);
    if (it == table->used.end()) return in.fail("source " + in_quotes(key) + " is not in \"sources\"");
    it->second = true;
    return true;
}

// A list of claims: {"text", "source"} objects for a researched company, plain
// strings for the generic profile.
bool read_claims(EntryReader& company, const nlohmann::json& doc, const char* key, size_t min_size,
                 std::vector<std::string>& out, SourceTable* table, std::string& error) {
    if (!table) return min_size > 0 ? company.text_list(key, out, min_size) : company.optional_text_list(key, out);
    if (!doc.contains(key)) return min_size == 0 || company.fail("missing " + in_quotes(key));
    const nlohmann::json& list = doc.at(key);
    if (!list.is_array() || list.size() < min_size)
        return company.fail(in_quotes(key) + " must be a list of at least " + std::to_string(min_size) +
                            " {\"text\", \"source\"} objects");
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        EntryReader in(entry, company.where() + ": " + key + " #" + std::to_string(++number), error);
        std::string text;
        if (!entry.is_object())
            return in.fail("needs a source: write {\"text\": ..., \"source\": ...} instead of a plain string");
        if (!in.only_keys({"text", "source"}) || !in.text("text", text) || !cite(in, entry, table)) return false;
        out.push_back(std::move(text));
    }
    return true;
}

bool read_values(EntryReader& company, const nlohmann::json& list, std::vector<ValueDef>& out, SourceTable* table,
                 std::string& error) {
    // A researched company may publish no values we could verify: then it lists none.
    if (!list.is_array() || (list.empty() && !table))
        return company.fail("\"values\" must be a non-empty list of objects");
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        EntryReader in(entry, company.where() + ": value #" + std::to_string(++number), error);
        ValueDef value;
        if (!in.is_object() || !in.text("name", value.name)) return false;
        in.name_entry(value.name);
        if (!in.only_keys({"name", "description", "signals", "themes", "source"}) ||
            !in.text("description", value.description) || !in.text_list("signals", value.signals, 1) ||
            !check_lower_case(in, "signals", value.signals) || !check_no_duplicates(in, "signals", value.signals) ||
            !in.text_list("themes", value.themes, 1) || !check_themes(in, "themes", value.themes) ||
            !cite(in, entry, table))
            return false;
        for (const ValueDef& earlier : out)
            if (earlier.name == value.name) return in.fail("value name appears twice");
        out.push_back(std::move(value));
    }
    return true;
}

bool read_mission(EntryReader& company, const nlohmann::json& doc, std::string& out, SourceTable* table,
                  std::string& error) {
    if (!doc.contains("mission")) return true;
    if (!table) return company.fail("the generic profile has no mission");
    EntryReader in(doc.at("mission"), company.where() + ": mission", error);
    return in.is_object() && in.only_keys({"text", "source"}) && in.text("text", out) &&
           cite(in, doc.at("mission"), table);
}

}  // namespace

bool read_company_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    EntryReader in(doc, asset_label(name), error);
    CompanyDef company;
    if (!in.is_object() ||
        !in.only_keys({"id", "name", "aliases", "industry", "mission", "values_source", "values", "process", "unique",
                       "culture", "success", "special_interviewer", "special_interviewer_about",
                       "special_interviewer_source", "facts", "generic", "sources", "_doc"}) ||
        !in.text("id", company.id) || !check_identifier(in, "id", company.id))
        return false;
    // One company per file, named after its id, so a coach finds it where expected.
    const std::string expected_name = "companies/" + company.id + ".json";
    if (name != expected_name)
        return in.fail("id " + in_quotes(company.id) + " belongs in " + asset_label(expected_name));
    if (!in.text("name", company.name) || !in.optional_flag("generic", company.generic)) return false;
    SourceTable sources;
    SourceTable* table = company.generic ? nullptr : &sources;
    if (table && !read_sources(in, doc, sources, error)) return false;
    if (!table && doc.contains("sources")) return in.fail("the generic profile cites no sources");
    if (!in.optional_text_list("aliases", company.aliases) || !in.text("industry", company.industry) ||
        !in.optional_text("values_source", company.values_source) ||
        !read_mission(in, doc, company.mission, table, error))
        return false;
    if (!doc.contains("values")) return in.fail("missing \"values\"");
    if (!read_values(in, doc.at("values"), company.values, table, error)) return false;
    if (company.values.empty() != company.values_source.empty())
        return in.fail("\"values_source\" names the values list: both or neither");
    // What the loop looks like and the culture are required of the generic profile; a researched
    // company lists only what its sources support.
    const size_t required = table ? 0 : 1;
    if (!read_claims(in, doc, "process", required, company.process, table, error) ||
        !read_claims(in, doc, "unique", 0, company.unique, table, error) ||
        !read_claims(in, doc, "culture", required, company.culture, table, error) ||
        !read_claims(in, doc, "facts", 0, company.facts, table, error) || !in.text_map("success", company.success) ||
        !check_level_keys(in, "success", company.success) ||
        !in.optional_text("special_interviewer", company.special_interviewer) ||
        !in.optional_text("special_interviewer_about", company.special_interviewer_about))
        return false;
    if (company.success.empty()) return in.fail("\"success\" needs at least one level");
    if (company.special_interviewer.empty() != company.special_interviewer_about.empty())
        return in.fail("\"special_interviewer\" and \"special_interviewer_about\" go together");
    if (!company.special_interviewer.empty() || doc.contains("special_interviewer_source")) {
        std::string key;
        if (!table) return in.fail("the generic profile has no special interviewer");
        if (company.special_interviewer.empty())
            return in.fail("\"special_interviewer_source\" without a special interviewer");
        if (!in.text("special_interviewer_source", key)) return false;
        auto it = sources.used.find(key);
        if (it == sources.used.end()) return in.fail("source " + in_quotes(key) + " is not in \"sources\"");
        it->second = true;
    }
    for (const auto& [key, used] : sources.used)
        if (!used) return in.fail("source " + in_quotes(key) + " is cited by no entry");
    draft.kb.companies.push_back(std::move(company));
    draft.company_where.push_back(in.where());
    return true;
}

}  // namespace ip
