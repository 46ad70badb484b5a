// assets/scoring.json (the fit score's one table) and assets/candidacy.json
// (the candidacy-risk check's words) are validated at load: a broken entry
// names the file and the key at fault.
#include <catch2/catch.hpp>

#include <string>

#include "core/text.h"
#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"
#include "model/fit_band.h"
#include "model/seniority_level.h"

using namespace ip;

namespace {

std::string error_after_edit(const std::string& file, const std::string& from, const std::string& to) {
    auto files = test::minimal_knowledge_files();
    REQUIRE(files.count(file));
    REQUIRE(contains(files[file], from));
    files[file] = replace_all(files[file], from, to);
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    return error;
}

}  // namespace

TEST_CASE("scoring table: the minimal table loads with every weight") {
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(test::minimal_knowledge_files(), kb, error));
    CHECK(kb.scoring.covered == 1.0);
    CHECK(kb.scoring.partial == 0.5);
    CHECK(kb.scoring.overall_skills == 0.45);
    CHECK(kb.scoring.max_score == 97);
    CHECK(kb.scoring.years_for_level[static_cast<size_t>(SeniorityLevel::Staff)] == 8);
    REQUIRE(kb.scoring.bands.size() == 5);
    CHECK(kb.scoring.bands[1].band == FitBand::GoodMatch);
    CHECK(kb.scoring.bands[1].min == 60);
}

TEST_CASE("scoring table: broken weights, keys and bands are named") {
    using Catch::Matchers::Contains;
    CHECK_THAT(error_after_edit("scoring.json", "\"years\": 0.25", "\"years\": 0.35"),
               Contains("assets/scoring.json: fit_score.experience: the weights must sum to 1"));
    CHECK_THAT(error_after_edit("scoring.json", "\"floor\": 0.2, \"shown\": 0.8", "\"floor\": 1.2, \"shown\": -0.2"),
               Contains("fit_score.culture.floor: must be between 0 and 1"));
    CHECK_THAT(error_after_edit("scoring.json", "\"max_score\": 97,", "\"max_score\": 97, \"bonus\": 3,"),
               Contains("unknown key \"bonus\""));
    CHECK_THAT(error_after_edit("scoring.json", "{\"min\": 0, \"band\": \"long_shot\"",
                                "{\"min\": 45, \"band\": \"long_shot\""),
               Contains("bands #5: min must be below the band before it"));
    CHECK_THAT(error_after_edit("scoring.json", "{\"min\": 0, \"band\": \"long_shot\"",
                                "{\"min\": 10, \"band\": \"long_shot\""),
               Contains("the last band must start at 0"));
    CHECK_THAT(error_after_edit("scoring.json", "\"band\": \"stretch\"", "\"band\": \"good_match\""),
               Contains("bands #4: band \"good_match\" listed twice"));
    CHECK_THAT(error_after_edit("scoring.json", "\"band\": \"stretch\"", "\"band\": \"reach\""),
               Contains("band \"reach\" must be one of strong_match"));
    CHECK_THAT(error_after_edit("scoring.json", "\"staff\": 8, ", ""), Contains("years_for_level.staff: required"));
    CHECK_THAT(error_after_edit("scoring.json", "\"partial\": 0.5", "\"partial\": 0.5, \"gap\": 0.1"),
               Contains("fit_score.line_credit: unknown key \"gap\""));
}

TEST_CASE("scoring table: the file is required") {
    auto files = test::minimal_knowledge_files();
    files.erase("scoring.json");
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    CHECK_THAT(error, Catch::Matchers::Contains("assets/scoring.json: required knowledge file is missing"));
}

TEST_CASE("candidacy words: countries, regions and programme cues are checked") {
    using Catch::Matchers::Contains;
    CHECK_THAT(error_after_edit("candidacy.json", "\"washington\", \"WA\"", "\"Washington\", \"WA\""),
               Contains("region \"Washington\": write names in lower case"));
    CHECK_THAT(error_after_edit("candidacy.json", "{\"id\": \"in\"", "{\"id\": \"us\""), Contains("id listed twice"));
    CHECK_THAT(error_after_edit("candidacy.json", "\"returner\": [\"returnship\"]", "\"returner\": []"),
               Contains("returner"));
    CHECK_THAT(error_after_edit("candidacy.json", "\"on_site\": [\"on-site\"]", "\"onsite\": [\"on-site\"]"),
               Contains("onsite"));
}
