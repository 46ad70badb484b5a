#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"
#include "knowledge/vocabulary.h"

namespace ip {

namespace {

constexpr int kQuestionsPerPlaybook = 12;

bool read_question_mix(EntryReader& in, const std::map<std::string, int>& mix, std::map<QuestionCategory, int>& out) {
    int total = 0;
    for (const auto& [name, count] : mix) {
        const auto category = enum_from_name<QuestionCategory>(name);
        if (!category) return in.fail("\"question_mix\" has unknown category " + in_quotes(name));
        out[*category] = count;
        total += count;
    }
    if (total != kQuestionsPerPlaybook)
        return in.fail("\"question_mix\" sums to " + std::to_string(total) + ", not " +
                       std::to_string(kQuestionsPerPlaybook));
    return true;
}

// "rounds": the field's interview loop, each {"id", "name", "tests", "signature"?, "category"?, "levels"?}.
// Optional for the loader (a family without them gets the generic loop); the
// knowledge tests hold every shipped family to having them.
bool read_rounds(EntryReader& role, const nlohmann::json& entry, std::vector<InterviewRound>& out, std::string& error) {
    if (!entry.contains("rounds")) return true;
    const nlohmann::json& list = entry.at("rounds");
    if (!list.is_array() || list.empty()) return role.fail("\"rounds\" must be a non-empty list of objects");
    size_t number = 0;
    for (const nlohmann::json& item : list) {
        EntryReader in(item, role.where() + ": round #" + std::to_string(++number), error);
        InterviewRound round;
        std::string category;
        if (!in.is_object() || !in.text("id", round.id)) return false;
        in.name_entry(round.id);
        if (!in.only_keys({"id", "name", "tests", "signature", "category", "levels"}) ||
            !check_identifier(in, "id", round.id) || !in.text("name", round.name) || !in.text("tests", round.tests) ||
            !in.optional_flag("signature", round.signature) || !in.optional_text("category", category) ||
            !in.optional_text_list("levels", round.levels) || !check_levels(in, "levels", round.levels))
            return false;
        if (!category.empty()) {
            round.category = enum_from_name<QuestionCategory>(category);
            if (!round.category)
                return in.fail("\"category\" " + in_quotes(category) + " is not one of " +
                               enum_name_list<QuestionCategory>());
        }
        for (const InterviewRound& earlier : out) {
            if (earlier.id == round.id) return in.fail("round id appears twice in this family");
            if (round.category && earlier.category == round.category)
                return in.fail("category " + in_quotes(category) + " already belongs to round " +
                               in_quotes(earlier.id));
        }
        out.push_back(std::move(round));
    }
    return true;
}

}  // namespace

bool read_roles_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "roles", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": role #" + std::to_string(++number), error);
        RoleFamily role;
        std::map<std::string, int> mix;
        if (!in.is_object() || !in.text("id", role.id)) return false;
        in.name_entry(role.id);
        if (!in.only_keys({"id", "name", "title_keywords", "core_skills", "question_mix", "levels", "learn", "build",
                           "own", "rounds", "fallback"}) ||
            !check_identifier(in, "id", role.id) || !in.text("name", role.name) ||
            !in.text_list("title_keywords", role.title_keywords, 1) ||
            !check_lower_case(in, "title_keywords", role.title_keywords) ||
            !check_no_duplicates(in, "title_keywords", role.title_keywords) ||
            !in.text_list("core_skills", role.core_skills, 1) ||
            !check_no_duplicates(in, "core_skills", role.core_skills) ||
            !in.count_map("question_mix", mix, 0, kQuestionsPerPlaybook) ||
            !read_question_mix(in, mix, role.question_mix) || !in.text_map("levels", role.levels) ||
            !check_level_keys(in, "levels", role.levels) || !in.text_list("learn", role.learn, 1) ||
            !in.text_list("build", role.build, 1) || !in.text_list("own", role.own, 1) ||
            !in.optional_flag("fallback", role.fallback) || !read_rounds(in, entry, role.rounds, error))
            return false;
        if (role.id == "any") return in.fail("\"any\" is reserved for questions that fit every family");
        draft.kb.roles.push_back(std::move(role));
        draft.role_where.push_back(in.where());
    }
    return true;
}

}  // namespace ip
