#include <exception>

#include "core/text.h"
#include "knowledge/company_name_key.h"
#include "knowledge/knowledge.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"

namespace ip {

namespace {

using FileReader = bool (*)(const std::string&, const nlohmann::json&, KnowledgeDraft&, std::string&);

// "companies/amazon.json" is in folder "companies"; "skills.json" in none.
bool in_folder(const std::string& name, const std::string& folder) {
    return starts_with(name, folder + "/") && name.find('/', folder.size() + 1) == std::string::npos;
}

FileReader reader_for(const std::string& name) {
    if (name == "skills.json") return read_skills_file;
    if (name == "roles.json") return read_roles_file;
    if (name == "verbs.json") return read_verbs_file;
    if (name == "words.json") return read_words_file;
    if (name == "reading.json") return read_reading_file;
    if (name == "scoring.json") return read_scoring_file;
    if (name == "candidacy.json") return read_candidacy_file;
    if (name == "curveballs.json") return read_curveballs_file;
    if (name == "phrasing.json" || in_folder(name, "phrasing")) return read_phrasing_file;
    if (name == "themes.json") return read_themes_file;
    if (name == "register.json") return read_register_file;
    if (name == "stories.json") return read_story_kinds_file;
    if (in_folder(name, "companies")) return read_company_file;
    if (in_folder(name, "questions")) return read_questions_file;
    if (in_folder(name, "skill_graph")) return read_skill_graph_file;
    return nullptr;
}

// The question bank, curveballs and phrasing may be absent while their authors
// write them: they load as empty lists, and the knowledge tests hold the real
// minimum counts. These files are always required.
const char* const kRequiredFiles[] = {"skills.json",  "roles.json",     "verbs.json",
                                      "words.json",   "themes.json",    "reading.json",
                                      "scoring.json", "candidacy.json", "companies/generic.json"};

void build_indexes(Knowledge& kb) {
    for (size_t i = 0; i < kb.skills.size(); ++i) {
        kb.skill_by_id.emplace(kb.skills[i].id, i);
        kb.skill_by_name.emplace(to_lower(kb.skills[i].name), i);
    }
    for (size_t i = 0; i < kb.verbs.size(); ++i) {
        kb.verb_by_past.emplace(to_lower(kb.verbs[i].past), i);
        kb.verb_by_other_form.emplace(to_lower(kb.verbs[i].base), i);
        kb.verb_by_other_form.emplace(to_lower(kb.verbs[i].gerund), i);
    }
    for (size_t i = 0; i < kb.companies.size(); ++i) {
        const CompanyDef& c = kb.companies[i];
        if (c.generic) continue;
        kb.company_by_key.emplace(company_name_key(c.name, kb.reading.legal_suffixes), i);
        kb.company_by_key.emplace(company_name_key(c.id, kb.reading.legal_suffixes), i);
        for (const std::string& alias : c.aliases)
            kb.company_by_key.emplace(company_name_key(alias, kb.reading.legal_suffixes), i);
    }
    for (size_t i = 0; i < kb.themes.size(); ++i)
        for (const std::string& written : kb.themes[i].cues) {
            ThemeCue cue{written, !written.empty() && written.back() == '*', i};
            if (cue.prefix) cue.text.pop_back();
            if (cue.text.empty()) continue;  // matches nothing (matches_cue)
            kb.theme_cues_by_first_byte[static_cast<unsigned char>(cue.text.front())].push_back(std::move(cue));
        }
}

bool load_all(const std::map<std::string, std::string>& files, Knowledge& out, std::string& error) {
    for (const char* required : kRequiredFiles)
        if (!files.count(required)) {
            error = asset_label(required) + ": required knowledge file is missing";
            return false;
        }
    KnowledgeDraft draft;
    // std::map iterates in sorted name order, so entry order and the first
    // reported error are the same on every run.
    for (const auto& [name, text] : files) {
        if (!ends_with(name, ".json")) continue;
        FileReader read = reader_for(name);
        if (!read) {
            error = asset_label(name) + ": unknown knowledge file (see assets/README.md for the file list)";
            return false;
        }
        nlohmann::json doc;
        if (!parse_knowledge_file(name, text, doc, error) || !read(name, doc, draft, error)) return false;
    }
    if (!check_cross_references(draft, error) || !build_skill_graph(draft, error)) return false;
    build_indexes(draft.kb);
    out = std::move(draft.kb);
    return true;
}

}  // namespace

bool load_knowledge(const std::map<std::string, std::string>& files, Knowledge& out, std::string& error) {
    out = Knowledge{};
    error.clear();
    try {
        return load_all(files, out, error);
    } catch (const std::exception& e) {
        error = std::string("knowledge base could not be loaded: ") + e.what();
    } catch (...) {
        error = "knowledge base could not be loaded";
    }
    out = Knowledge{};
    return false;
}

}  // namespace ip
