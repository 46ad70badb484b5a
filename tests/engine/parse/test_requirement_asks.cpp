// What a requirement line asks of the candidate: a skill, years of
// experience, education, a licence or certification, or logistics (terms of
// the job, never assessed).
#include <catch2/catch.hpp>

#include "parse/requirement_facts.h"
#include "test_support.h"

using namespace ip;

namespace {

RequirementAsk ask_of(const std::string& text) {
    Requirement r;
    r.text = text;
    r.years = years_asked(text);
    r.degree = degree_asked(text);
    r.competency = competency_of(text, {});
    r.logistics = logistics_topic(test::knowledge(), text);
    if (r.logistics) r.years.reset();
    return requirement_ask(test::knowledge(), r);
}

}  // namespace

TEST_CASE("requirement asks: each kind of line reads as what it asks") {
    CHECK(ask_of("5+ years of experience building distributed systems") == RequirementAsk::Experience);
    CHECK(ask_of("Bachelor's degree in Computer Science or equivalent") == RequirementAsk::Education);
    CHECK(ask_of("BSN from an accredited program") == RequirementAsk::Education);
    CHECK(ask_of("Current Registered Nurse license in California") == RequirementAsk::Credential);
    CHECK(ask_of("BLS and ACLS certification required") == RequirementAsk::Credential);
    CHECK(ask_of("Clear California teaching credential") == RequirementAsk::Credential);
    CHECK(ask_of("Fluency in Figma and prototyping") == RequirementAsk::Skill);
    CHECK(ask_of("Strong SQL and Tableau") == RequirementAsk::Skill);
    // Terms of the job, even with a number of years or a licence in them.
    CHECK(ask_of("3-year initial commitment") == RequirementAsk::Logistics);
    CHECK(ask_of("Valid driver's license") == RequirementAsk::Logistics);
    CHECK(ask_of("Must be willing to relocate to Austin") == RequirementAsk::Logistics);
    CHECK(ask_of("Salary $64,000 - $79,000") == RequirementAsk::Logistics);
}
