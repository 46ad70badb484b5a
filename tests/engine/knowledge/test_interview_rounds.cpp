// The interview rounds of every shipped role family (assets/roles.json,
// issue 17): each family lists its real loop, marks the rounds every playbook
// must ask, and its own bank holds questions for each of those at every level.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/text.h"
#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"
#include "test_support.h"

using namespace ip;

namespace {

// Questions of `family`'s own bank asked in `round` at `level`: naming it, or
// of its category (the fallback family's own bank is the questions for any family).
size_t round_questions(const Knowledge& kb, const RoleFamily& family, const InterviewRound& round,
                       const std::string& level) {
    size_t n = 0;
    for (const QuestionDef& q : kb.questions) {
        if (q.families.front() != family.id && !(family.fallback && q.families.front() == "any")) continue;
        if (q.round.empty() ? round.category != q.category : q.round != round.id) continue;
        bool at_level = q.levels.empty();
        for (const auto& l : q.levels) at_level = at_level || l == level;
        n += at_level;
    }
    return n;
}

std::string load_error(std::map<std::string, std::string> files) {
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    return error;
}

}  // namespace

TEST_CASE("every shipped role family lists its interview rounds and its signature rounds have questions") {
    const Knowledge& kb = test::knowledge();
    size_t fallbacks = 0;
    for (const RoleFamily& family : kb.roles) {
        INFO(family.id);
        fallbacks += family.fallback;
        CHECK(family.rounds.size() >= 3);
        size_t signature = 0;
        for (const InterviewRound& round : family.rounds) {
            INFO(round.id);
            CHECK_FALSE(round.tests.empty());
            CHECK(round.tests.back() != '.');  // a clause the writer ends
            if (!round.signature) continue;
            ++signature;
            for (const char* level : {"junior", "mid", "senior", "staff", "manager"}) {
                INFO(level);
                if (!round.levels.empty() &&
                    std::find(round.levels.begin(), round.levels.end(), level) == round.levels.end())
                    continue;
                CHECK(round_questions(kb, family, round, level) >= 1);
            }
            // A round the bank names must offer a choice, not one fixed question.
            if (!round.category) CHECK(round_questions(kb, family, round, "mid") >= 3);
        }
        CHECK(signature >= 1);
    }
    CHECK(fallbacks == 1);
    // The fields the coach read found without their centrepiece round now name it.
    auto has_round = [&](const std::string& family, const std::string& name) {
        const RoleFamily* f = kb.role(family);
        REQUIRE(f);
        for (const InterviewRound& r : f->rounds)
            if (r.signature && contains(to_lower(r.name), name)) return true;
        return false;
    };
    CHECK(has_round("teaching", "demo lesson"));
    CHECK(has_round("design", "portfolio review"));
    CHECK(has_round("design", "design exercise"));
    CHECK(has_round("healthcare", "clinical scenarios"));
    CHECK(has_round("data_science", "sql"));
    CHECK(has_round("data_science", "experiment design"));
    CHECK(has_round("product", "product sense"));
    CHECK(has_round("product", "estimation"));
}

TEST_CASE("round and fallback mistakes in roles.json and the bank are reported with the file and the entry") {
    const auto base = test::minimal_knowledge_files();
    const std::string rounds =
        R"("rounds": [{"id": "coding", "name": "Coding", "tests": "code", "signature": true, "category": "coding"}],)";
    auto with_roles = [&](const std::string& extra) {
        auto files = base;
        REQUIRE(contains(files["roles.json"], R"("id": "software", )"));
        files["roles.json"] = replace_all(files["roles.json"], R"("id": "software", )",
                                          R"("id": "software", )" + extra);
        return files;
    };
    {
        Knowledge kb;
        std::string error;
        CHECK(load_knowledge(with_roles(rounds + R"( "fallback": true,)"), kb, error));
        REQUIRE(kb.fallback_role());
        CHECK(kb.fallback_role()->id == "software");
        REQUIRE(kb.roles.front().rounds.size() == 1);
        CHECK(kb.roles.front().rounds.front().category == QuestionCategory::Coding);
    }
    CHECK(load_error(with_roles(R"("rounds": [{"id": "a", "name": "A", "tests": "x", "levels": ["lead"]}],)")) ==
          "assets/roles.json: role #1 (\"software\"): round #1 (\"a\"): \"levels\" has unknown level \"lead\"");
    CHECK(load_error(with_roles(R"("rounds": [],)")) ==
          "assets/roles.json: role #1 (\"software\"): \"rounds\" must be a non-empty list of objects");
    CHECK(load_error(with_roles(R"("rounds": [{"id": "a", "name": "A", "tests": "x", "category": "cooking"}],)")) ==
          "assets/roles.json: role #1 (\"software\"): round #1 (\"a\"): \"category\" \"cooking\" is not one of "
          "coding, system_design, behavioral, operational, role_specific");
    CHECK(load_error(with_roles(R"("rounds": [{"id": "a", "name": "A", "tests": "x", "category": "coding"},
        {"id": "b", "name": "B", "tests": "y", "category": "coding"}],)")) ==
          "assets/roles.json: role #1 (\"software\"): round #2 (\"b\"): category \"coding\" already belongs to round "
          "\"a\"");
    auto files = with_roles(rounds);
    REQUIRE(contains(files["questions/software.json"], R"("category": "behavioral",)"));
    files["questions/software.json"] = replace_all(files["questions/software.json"], R"("category": "behavioral",)",
                                                   R"("category": "behavioral", "round": "demo_lesson",)");
    CHECK(load_error(files) ==
          "assets/questions/software.json: question #1 (\"sw-1\"): round \"demo_lesson\" is not a round of "
          "\"software\" in roles.json");
}
