// Finding skills-graph nodes in text: the graph's aliases ("intubations",
// "BSN") match like skill aliases, and imported names never fire on
// everyday prose.
#include <catch2/catch.hpp>

#include <string>

#include "parse/skill_matcher.h"
#include "test_support.h"

using namespace ip;

namespace {

std::vector<std::string> ids_in(const std::string& text, bool in_list = false) {
    const Knowledge& kb = test::knowledge();
    std::vector<std::string> ids;
    for (const SkillHit& h : find_concept_hits(kb, text, in_list))
        ids.push_back(h.skill < kb.skills.size() ? kb.skills[h.skill].id : kb.concepts[h.skill - kb.skills.size()].id);
    return ids;
}

bool imported(const std::string& id) { return id.rfind("onet_", 0) == 0 || id.rfind("esco_", 0) == 0; }

}  // namespace

TEST_CASE("graph concepts are found by their aliases, skills keep winning where they match") {
    CHECK(ids_in("Able to handle intubations and critical care procedures") ==
          std::vector<std::string>{"intubation", "critical_care_procedures"});
    CHECK(ids_in("BSN, University of Michigan") == std::vector<std::string>{"bachelors_nursing"});
    CHECK(ids_in("Bachelor of Science in Nursing") == std::vector<std::string>{"bachelors_nursing"});
    CHECK(ids_in("Trained models on Cloud TPUs") == std::vector<std::string>{"tpu_training"});
    CHECK(ids_in("Built Apache Beam pipelines") == std::vector<std::string>{"apache_beam"});
    // The skill matcher alone does not see graph-only concepts.
    CHECK(find_skill_hits(test::knowledge(), "handled intubations").empty());
}

TEST_CASE("imported taxonomy names do not fire on everyday resume and posting prose") {
    const char* prose[] = {
        "Led a team of 6 and shipped the redesign two weeks early",
        "Strong written and verbal communication skills; able to work in a fast-paced environment",
        "Managed a box office budget and wrote notes for the board in Word",
        "Taught 120 students a year and coached the debate team to state finals",
        "Cared for 5 patients per shift on a busy medical-surgical floor",
        "Negotiated contracts with 30 vendors and cut costs 12%",
        "Designed the brand, the packaging and the launch campaign",
        "Planned events, handled travel and kept the office running",
    };
    for (const char* line : prose) {
        INFO(line);
        for (const std::string& id : ids_in(line)) CHECK_FALSE(imported(id));
    }
}
