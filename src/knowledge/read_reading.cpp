#include "core/text.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"

namespace ip {

namespace {

const char* const kLists[] = {"legal_suffixes",
                              "posting_lines",
                              "header_noise",
                              "salary_cues",
                              "company_intro_leads",
                              "company_intro_predicates",
                              "not_a_name",
                              "non_professional_titles",
                              "stated_years_qualifiers",
                              "stated_years_leads",
                              "unqualifying_headings",
                              "qualification_headings",
                              "company_statement_cues"};

// One list of lower-case words or phrases, each once.
bool read_phrase_list(const std::string& where_list, const nlohmann::json& list, std::vector<std::string>& out,
                      std::string& error) {
    if (!list.is_array()) {
        error = where_list + ": expected a list of lower-case words or phrases";
        return false;
    }
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        const std::string where = where_list + " #" + std::to_string(++number);
        if (!entry.is_string()) {
            error = where + ": must be a string";
            return false;
        }
        const std::string phrase = entry.get<std::string>();
        if (trim(phrase).empty() || trim(phrase) != phrase || to_lower(phrase) != phrase) {
            error = where + " (\"" + phrase + "\"): must be lower-case, not blank, without outer spaces";
            return false;
        }
        for (const std::string& seen : out)
            if (seen == phrase) {
                error = where + " (\"" + phrase + "\"): listed twice";
                return false;
            }
        out.push_back(phrase);
    }
    return true;
}

std::vector<std::string>* list_named(ReadingWords& r, const std::string& key) {
    if (key == "legal_suffixes") return &r.legal_suffixes;
    if (key == "posting_lines") return &r.posting_lines;
    if (key == "header_noise") return &r.header_noise;
    if (key == "salary_cues") return &r.salary_cues;
    if (key == "company_intro_leads") return &r.company_intro_leads;
    if (key == "company_intro_predicates") return &r.company_intro_predicates;
    if (key == "not_a_name") return &r.not_a_name;
    if (key == "non_professional_titles") return &r.non_professional_titles;
    if (key == "stated_years_qualifiers") return &r.stated_years_qualifiers;
    if (key == "stated_years_leads") return &r.stated_years_leads;
    if (key == "unqualifying_headings") return &r.unqualifying_headings;
    if (key == "qualification_headings") return &r.qualification_headings;
    if (key == "company_statement_cues") return &r.company_statement_cues;
    return nullptr;
}

bool read_header_labels(const std::string& name, const nlohmann::json& labels, ReadingWords& r, std::string& error) {
    const std::string where = asset_label(name) + ": header_labels";
    if (!labels.is_object()) {
        error = where + ": expected an object of field -> labels";
        return false;
    }
    const std::pair<const char*, HeaderField> fields[] = {{"title", HeaderField::Title},
                                                          {"company", HeaderField::Company},
                                                          {"location", HeaderField::Location},
                                                          {"team", HeaderField::Team},
                                                          {"skip", HeaderField::Skip}};
    for (const auto& [key, value] : labels.items()) {
        bool known = false;
        for (const auto& [field_name, field] : fields) {
            if (key != field_name) continue;
            known = true;
            std::vector<std::string> words;
            if (!read_phrase_list(where + "." + key, value, words, error)) return false;
            for (std::string& w : words) {
                for (const HeaderLabel& seen : r.header_labels)
                    if (seen.label == w) {
                        error = where + "." + key + " (\"" + w + "\"): already a label of another field";
                        return false;
                    }
                r.header_labels.push_back(HeaderLabel{std::move(w), field});
            }
        }
        if (!known) {
            error = where + ": unknown field \"" + key + "\" (expected title, company, location, team, skip)";
            return false;
        }
    }
    return true;
}

}  // namespace

bool read_reading_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    if (!doc.is_object()) {
        error = asset_label(name) + ": expected an object of word lists";
        return false;
    }
    ReadingWords& r = draft.kb.reading;
    for (const auto& [key, value] : doc.items()) {
        if (starts_with(key, "_")) continue;
        if (key == "header_labels") {
            if (!read_header_labels(name, value, r, error)) return false;
            continue;
        }
        std::vector<std::string>* list = list_named(r, key);
        if (!list) {
            error = asset_label(name) + ": unknown key \"" + key + "\"";
            return false;
        }
        if (!read_phrase_list(asset_label(name) + ": " + key, value, *list, error)) return false;
    }
    if (!doc.contains("header_labels")) {
        error = asset_label(name) + ": missing \"header_labels\"";
        return false;
    }
    for (const char* key : kLists)
        if (!doc.contains(key)) {
            error = asset_label(name) + ": missing \"" + key + "\"";
            return false;
        }
    return true;
}

}  // namespace ip
