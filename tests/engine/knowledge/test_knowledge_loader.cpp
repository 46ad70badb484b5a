#include <catch2/catch.hpp>
#include <stdexcept>

#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"

using namespace ip;

namespace {

// Loads `files` and returns the error ("" on success).
std::string load_error(const std::map<std::string, std::string>& files) {
    Knowledge kb;
    std::string error;
    const bool ok = load_knowledge(files, kb, error);
    CHECK(ok == error.empty());
    return error;
}

}  // namespace

TEST_CASE("a minimal knowledge base loads with every kind of entry and its indexes") {
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(test::minimal_knowledge_files(), kb, error));
    CHECK(error.empty());
    CHECK(kb.skills.size() == 3);
    CHECK(kb.companies.size() == 2);
    CHECK(kb.roles.size() == 1);
    CHECK(kb.questions.size() == 1);
    CHECK(kb.curveballs.size() == 1);
    CHECK(kb.verbs.size() == 2);
    CHECK(kb.themes.size() == 2);
    CHECK(kb.phrases("bridge_close").size() == 2);
    // A key the engine asks for that these files lack is empty; a name it never asks for is a mistake.
    CHECK(kb.phrases("remember").empty());
    CHECK_THROWS_AS(kb.phrases("no_such_key"), std::logic_error);

    // Files load in sorted name order: companies/amazon.json before companies/generic.json.
    CHECK(kb.companies[0].id == "amazon");
    CHECK(kb.generic_company().id == "generic");
    CHECK(kb.companies[0].values[0].themes == std::vector<std::string>{"customer"});
    CHECK(kb.questions[0].levels == std::vector<std::string>{"mid", "senior"});
    CHECK(kb.roles[0].question_mix.at(QuestionCategory::Behavioral) == 7);
}

TEST_CASE("lookups are case-insensitive and tolerate legal suffixes") {
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(test::minimal_knowledge_files(), kb, error));

    REQUIRE(kb.skill("kubernetes") != nullptr);
    CHECK(kb.skill("kubernetes")->name == "Kubernetes");
    CHECK(kb.skill("Kubernetes") == nullptr);  // ids are exact
    CHECK(kb.skill_named("KUBERNETES") == kb.skill("kubernetes"));
    CHECK(kb.skill_named("k8s") == nullptr);  // aliases are the matcher's job, not the name index

    const CompanyDef* amazon = kb.find_company("amazon");
    REQUIRE(amazon != nullptr);
    CHECK(amazon->name == "Amazon");
    CHECK(kb.find_company("aws") == amazon);
    CHECK(kb.find_company("  Amazon   web SERVICES ") == amazon);
    CHECK(kb.find_company("Amazon.com, Inc.") == nullptr);
    CHECK(kb.find_company("Amazon, Inc.") == amazon);
    CHECK(kb.find_company("Initech") == nullptr);
    CHECK(kb.find_company("") == nullptr);
    CHECK(kb.find_company("the company") == nullptr);  // the generic profile is a fallback, not a match

    REQUIRE(kb.verb("Led") != nullptr);
    CHECK(kb.verb("Led")->base == "lead");
    CHECK(kb.verb("BUILT")->gerund == "building");
    CHECK(kb.verb("architected") == nullptr);

    CHECK(kb.role("software") != nullptr);
    CHECK(kb.role("sales") == nullptr);
    CHECK(kb.theme("customer")->label == "customer focus");
    CHECK(kb.theme("nope") == nullptr);
}

TEST_CASE("the question bank, curveballs and phrasing may be absent for now, but the rest is required") {
    auto files = test::minimal_knowledge_files();
    files.erase("questions/software.json");
    files.erase("curveballs.json");
    files.erase("phrasing.json");
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(files, kb, error));
    CHECK(kb.questions.empty());
    CHECK(kb.curveballs.empty());
    CHECK(kb.phrasing.empty());

    for (const char* required : {"skills.json", "roles.json", "verbs.json", "words.json", "themes.json", "reading.json",
                                 "companies/generic.json"}) {
        auto broken = test::minimal_knowledge_files();
        broken.erase(required);
        CHECK(load_error(broken) == std::string("assets/") + required + ": required knowledge file is missing");
    }
}

TEST_CASE("a failed load leaves the knowledge base empty") {
    auto files = test::minimal_knowledge_files();
    files["verbs.json"] = "{";
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(test::minimal_knowledge_files(), kb, error));
    REQUIRE_FALSE(kb.skills.empty());
    CHECK_FALSE(load_knowledge(files, kb, error));
    CHECK(kb.skills.empty());
    CHECK(kb.companies.empty());
    CHECK(kb.skill_by_id.empty());
}

TEST_CASE("files that are not JSON are ignored and unknown JSON files are reported") {
    auto files = test::minimal_knowledge_files();
    files["README.md"] = "# notes";
    CHECK(load_error(files).empty());
    files["extras/notes.json"] = "{}";
    CHECK(load_error(files) ==
          "assets/extras/notes.json: unknown knowledge file (see assets/README.md for the file list)");
}

TEST_CASE("load_knowledge_dir reports a missing directory without throwing") {
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge_dir("/nonexistent/interview-playbook-assets", kb, error));
    CHECK_THAT(error, Catch::Matchers::StartsWith("knowledge directory /nonexistent/interview-playbook-assets"));
}
