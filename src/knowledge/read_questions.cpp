#include "knowledge/entry_reader.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/tag_rules.h"
#include "knowledge/vocabulary.h"

namespace ip {

namespace {

// Rubrics are always four "great" points and four red flags: the playbook
// layout and the reader's scan both rely on it.
constexpr size_t kRubricItems = 4;

bool check_rubric(EntryReader& in, const char* key, const std::vector<std::string>& items) {
    if (items.size() != kRubricItems)
        return in.fail(in_quotes(key) + " has " + std::to_string(items.size()) + " items, needs exactly " +
                       std::to_string(kRubricItems));
    return true;
}

}  // namespace

bool read_questions_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                         std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "questions", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": question #" + std::to_string(++number), error);
        QuestionDef q;
        std::string category;
        if (!in.is_object() || !in.text("id", q.id)) return false;
        in.name_entry(q.id);
        if (!in.only_keys({"id", "families", "category", "round", "text", "themes", "levels", "really_asking", "great",
                           "red_flags", "prep"}) ||
            !in.text_list("families", q.families, 1) || !check_no_duplicates(in, "families", q.families) ||
            !in.text("category", category) || !in.optional_text("round", q.round) || !in.text("text", q.text) ||
            !in.text_list("themes", q.themes) || !check_themes(in, "themes", q.themes) ||
            !in.optional_text_list("levels", q.levels) || !check_levels(in, "levels", q.levels) ||
            !in.text("really_asking", q.really_asking) || !in.text_list("great", q.great) ||
            !check_rubric(in, "great", q.great) || !in.text_list("red_flags", q.red_flags) ||
            !check_rubric(in, "red_flags", q.red_flags) || !in.text("prep", q.prep))
            return false;
        const auto known = enum_from_name<QuestionCategory>(category);
        if (!known)
            return in.fail("\"category\" " + in_quotes(category) + " is not one of " +
                           enum_name_list<QuestionCategory>());
        q.category = *known;
        draft.kb.questions.push_back(std::move(q));
        draft.question_where.push_back(in.where());
    }
    return true;
}

bool read_curveballs_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft,
                          std::string& error) {
    const nlohmann::json* list = top_level_value(name, doc, "curveballs", nlohmann::json::value_t::array, error);
    if (!list) return false;
    size_t number = 0;
    for (const nlohmann::json& entry : *list) {
        EntryReader in(entry, asset_label(name) + ": curveball #" + std::to_string(++number), error);
        CurveballDef c;
        if (!in.is_object() || !in.text("id", c.id)) return false;
        in.name_entry(c.id);
        if (!in.only_keys({"id", "question", "why", "framework", "warning", "families"}) ||
            !in.text("question", c.question) || !in.text("why", c.why) || !in.text_list("framework", c.framework, 1) ||
            !in.text("warning", c.warning) || !in.text_list("families", c.families, 1) ||
            !check_no_duplicates(in, "families", c.families))
            return false;
        draft.kb.curveballs.push_back(std::move(c));
        draft.curveball_where.push_back(in.where());
    }
    return true;
}

}  // namespace ip
