// The knowledge base while it is being loaded: the entries plus, for each one,
// where it came from ("assets/skills.json: skill #212 (\"kubernetes\")"), so
// checks that span files can still name the file and the entry at fault.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge/knowledge.h"

namespace ip {

struct KnowledgeDraft {
    Knowledge kb;
    std::vector<std::string> skill_where;
    std::vector<std::string> concept_where;
    std::vector<std::string> concept_link_where;
    std::vector<std::string> company_where;
    std::vector<std::string> role_where;
    std::vector<std::string> question_where;
    std::vector<std::string> curveball_where;
    std::vector<std::string> verb_where;
    std::vector<std::string> theme_where;
    std::vector<std::string> story_kind_where;
};

// One reader per file kind. `name` is the path relative to assets/; `doc` is the
// parsed file. Each appends to `draft` and returns false with `error` set on the
// first schema problem.
bool read_skills_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_company_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_roles_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_questions_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_curveballs_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                          std::string& error);
bool read_verbs_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_themes_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_story_kinds_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                           std::string& error);
bool read_register_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_words_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_reading_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_skill_graph_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                           std::string& error);
bool read_candidacy_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_scoring_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);
bool read_phrasing_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error);

// Checks that need every file: unique ids across files, references that
// resolve (skills, role families, theme tags from themes.json), exactly one
// generic company.
bool check_cross_references(const KnowledgeDraft& draft, std::string& error);

// How the loader compares spellings of skills and concepts: short ones with a
// capital as written ("Go", "R"), every other one case-insensitively.
std::string spelling_key(const std::string& spelling);

// The skills graph (skill_graph/*.json) over the skills: every relation
// target exists, no node is its own ancestor, no spelling names two nodes
// unless both list it as ambiguous. Fills kb.node_by_id and kb.concept_up.
bool build_skill_graph(KnowledgeDraft& draft, std::string& error);

}  // namespace ip
