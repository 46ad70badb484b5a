// The named word lists of assets/words.json (knowledge/word_lists.h): a bad
// list is rejected with the file and the key named, the shipped file loads
// every list, and every list is read by some code in src/.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/text.h"
#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"
#include "knowledge/word_lists.h"
#include "test_support.h"

using namespace ip;

namespace {

// The load error after `edit` changed the minimal words.json (parsed, so the
// edit can remove or retype any part); the edit must change something.
template <typename Edit>
std::string error_after_words_edit(Edit edit) {
    auto files = test::minimal_knowledge_files();
    nlohmann::json words = nlohmann::json::parse(files.at("words.json"));
    const nlohmann::json before = words;
    edit(words);
    REQUIRE(words != before);
    files["words.json"] = words.dump();
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    return error;
}

const WordListSpec& spec_of(WordList list) { return word_list_specs().at(static_cast<size_t>(list)); }

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// True when `name` occurs in `code` as a whole identifier.
bool names_identifier(const std::string& code, const std::string& name) {
    for (size_t at = code.find(name); at != std::string::npos; at = code.find(name, at + 1)) {
        const size_t end = at + name.size();
        if ((at == 0 || !is_identifier_char(code[at - 1])) && (end == code.size() || !is_identifier_char(code[end])))
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the minimal knowledge base with the shipped word lists loads") {
    Knowledge kb;
    std::string error;
    CHECK(load_knowledge(test::minimal_knowledge_files(), kb, error));
    CHECK(error == "");
    CHECK(kb.words.has(WordList::MetricTimeUnits, "minutes"));
}

TEST_CASE("a word list that is missing, empty or unknown is rejected naming the file and the key") {
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["metrics"].erase("time_units"); }) ==
          "assets/words.json: expected \"metrics.time_units\": a list of words");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["metrics"]["number_words"] = "two"; }) ==
          "assets/words.json: expected \"metrics.number_words\": a list of phrases");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["titles"]["school_words"] = nlohmann::json::array(); }) ==
          "assets/words.json: titles.school_words: the list is empty");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["bullets"]["role_opener"] = {"lead"}; }) ==
          "assets/words.json: bullets: unknown list \"role_opener\"");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w.erase("titles"); }) ==
          "assets/words.json: expected \"titles\": an object of word lists");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["metrics"] = nlohmann::json::array({"ms"}); }) ==
          "assets/words.json: expected \"metrics\": an object of word lists");
    // Notes for coaches are allowed inside a group.
    auto files = test::minimal_knowledge_files();
    nlohmann::json words = nlohmann::json::parse(files.at("words.json"));
    words["metrics"]["_note"] = "why these units";
    files["words.json"] = words.dump();
    Knowledge kb;
    std::string error;
    CHECK(load_knowledge(files, kb, error));
}

TEST_CASE("a word list entry that is not one lower-case word or phrase, or is listed twice, is rejected") {
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["metrics"]["data_units"][0] = "KB"; }) ==
          "assets/words.json: metrics.data_units #1 (\"KB\"): must be one lower-case word");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["titles"]["role_nouns"][1] = "software developer"; }) ==
          "assets/words.json: titles.role_nouns #2 (\"software developer\"): must be one lower-case word");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["bullets"]["object_stops"][0] = " handling"; }) ==
          "assets/words.json: bullets.object_stops #1 (\" handling\"): must be one lower-case phrase");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["bullets"]["verb_particles"][1] = 7; }) ==
          "assets/words.json: bullets.verb_particles #2: must be a string");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["metrics"]["data_units"].push_back("tb"); }) ==
          "assets/words.json: metrics.data_units #7 (\"tb\"): listed twice");
    // A cue may keep outer spaces (a word boundary), but is never blank or upper-case.
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["postings"]["preferred_cues"][0] = "  "; }) ==
          "assets/words.json: postings.preferred_cues #1 (\"  \"): must be one lower-case cue");
    CHECK(error_after_words_edit([](nlohmann::json& w) { w["postings"]["preferred_cues"][1] = " A plus"; }) ==
          "assets/words.json: postings.preferred_cues #2 (\" A plus\"): must be one lower-case cue");
    CHECK(test::knowledge().words.list(WordList::PreferredCues).at(1) == " a plus");
    // A phrase list takes spaces; a word list does not.
    CHECK(spec_of(WordList::MetricNumberWords).form == WordForm::Phrases);
    CHECK(spec_of(WordList::MetricTimeUnits).form == WordForm::Words);
}

TEST_CASE("the shipped words.json fills every named list, in file order") {
    const Knowledge& kb = test::knowledge();
    for (const WordListSpec& spec : word_list_specs()) {
        INFO(spec.group << "." << spec.key);
        CHECK_FALSE(kb.words.list(spec.list).empty());
        for (const std::string& word : kb.words.list(spec.list)) CHECK(kb.words.has(spec.list, word));
    }
    // Order matters where the first match wins: "for" is tried before "of" ("Lead engineer for ...").
    const std::vector<std::string>& links = kb.words.list(WordList::BulletRoleLinks);
    REQUIRE(links.size() >= 2);
    CHECK(links[0] == "for");
    CHECK_FALSE(kb.words.has(WordList::MetricTimeUnits, "Minutes"));  // entries are lower-case; callers lower first
}

TEST_CASE("every named word list is read by the engine") {
    // The enum name of each list must appear in a source file outside the
    // knowledge loader: a list nothing reads is dead data and must go.
    const std::filesystem::path src = std::filesystem::path(IP_SOURCE_ASSETS_DIR).parent_path() / "src";
    REQUIRE(std::filesystem::is_directory(src));
    std::string code;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
        const std::filesystem::path& path = entry.path();
        if (!entry.is_regular_file() || (path.extension() != ".cpp" && path.extension() != ".h")) continue;
        if (path.parent_path().filename() == "knowledge" && path.stem() == "word_lists") continue;
        code += read_text(path) + "\n";
    }
    REQUIRE(code.size() > 100000);
    for (const WordListSpec& spec : word_list_specs()) {
        INFO(spec.name << " (" << spec.group << "." << spec.key << ")");
        CHECK(names_identifier(code, spec.name));
    }
}
