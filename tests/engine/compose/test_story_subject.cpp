// What a story title names: the work of the resume line, not its verbs,
// counts, determiners or trailing clauses -- or nothing, so the title falls
// back to the theme and the place.
#include <catch2/catch.hpp>

#include <string>

#include "compose/bullet_parts.h"
#include "test_support.h"

using namespace ip;

namespace {

std::string subject_of(const std::string& line) {
    Bullet b;
    b.text = line;
    return story_subject(test::knowledge(), split_bullet(test::knowledge(), b));
}

}  // namespace

TEST_CASE("story subjects name the work in title case") {
    CHECK(subject_of("Designed and built distributed microservices handling 500K+ requests/second") ==
          "Distributed Microservices");
    CHECK(subject_of("Implemented SLO-based alerting for 40 services") == "SLO-based Alerting");
    CHECK(subject_of("Designed REST and gRPC APIs consumed by 12 teams") == "REST and gRPC APIs");
    // Verbs the splitter left in, present tense and unknown past forms.
    CHECK(subject_of("Own 60+ dbt models feeding the shopper-pay dashboards") == "dbt Models");
    CHECK(subject_of("Grew revenue to $2.4M") == "Revenue");
    // A line that names a role is about what the role is for.
    CHECK(subject_of("Lead engineer for the payments platform serving 40 countries") == "Payments Platform");
    CHECK(subject_of("Relaunched the loyalty email program, lifting repeat purchases 12%") == "Loyalty Email Program");
    CHECK(subject_of("Rolled out IAM least-privilege policies across 30 accounts") == "IAM Least-Privilege Policies");
    // Counts and the clauses after them.
    CHECK(subject_of("Ran 40+ moderated usability sessions and 6 unmoderated studies") ==
          "Moderated Usability Sessions");
    CHECK(subject_of("Taught 5 sections of integrated science") == "Sections of Integrated Science");
    CHECK(subject_of("Built a shared design-system library of 42 components") == "Shared Design-System Library");
    CHECK(subject_of("Wrote the \"Incident Commander\" runbook") == "\"Incident Commander\" Runbook");
}

TEST_CASE("story subjects are empty when nothing nameable is left") {
    // People alone, or a quote the word limit would cut open, name no work.
    CHECK(subject_of("Manage 3 marketers and 2 agencies") == "");
    CHECK(subject_of("Wrote the internal \"Causal Inference 101 for Analysts\" course") == "");
    CHECK(subject_of("Science department chair for 4 years") == "");
    CHECK(subject_of("Science department lead since 2023") == "");
    CHECK(subject_of("Built three-statement, DCF and LBO models for 6 mandates") == "");
    CHECK(subject_of("Raised the share of 8th graders meeting the standard") == "");
}

TEST_CASE("a doubled space in a resume line gives a story subject, not an empty word") {
    // From tests/fuzz/crashes/engine_api/crash-story-subject-empty-back.json: back() on an empty word.
    const std::string subject = subject_of("Ran the on-premises-to-cloud migratioo  nf70 online-banking services");
    CHECK(subject.find("  ") == std::string::npos);
    CHECK_FALSE(subject.empty());
    CHECK(subject_of("Ran  ").empty());
    CHECK(subject_of("Built    dashboards  ") == "Dashboards");
}
