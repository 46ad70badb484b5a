// The work a job-description line names, as a person would say it in a pitch,
// a question or the handout: never the pasted line, never a cut one.
#include <catch2/catch.hpp>

#include "compose/job_refs.h"
#include "core/text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

struct Spoken {
    std::string text;
    bool quoted = false;  // a verbatim fact span from the posting
};

Spoken spoken(const std::string& line, std::vector<std::string> skills = {}) {
    Requirement r;
    r.id = "r0";
    r.text = line;
    r.kind = RequirementKind::Responsibility;
    r.skills = skills;
    RequirementAssessment ra;
    ra.requirement = &r;
    ra.skills_missing = skills;
    const Rich said = spoken_work(knowledge(), ra);
    Spoken out{rich_to_plain(said), false};
    for (const auto& span : said) out.quoted = out.quoted || span.kind == SpanKind::Fact;
    return out;
}

}  // namespace

TEST_CASE("spoken work: the object of the line, without its lead verbs and trailing clauses") {
    CHECK(spoken("Design, build, and maintain highly scalable distributed systems that power search.").text ==
          "highly scalable distributed systems");
    CHECK(spoken("Lead technical design reviews and mentor junior engineers").text == "technical design reviews");
    CHECK(spoken("Serves as charge nurse or preceptor as assigned.").text == "work as charge nurse or preceptor");
    CHECK(spoken("Assesses, plans, implements and evaluates care for 1-2 critically ill adult patients per shift, "
                 "including ventilated and hemodynamically unstable patients.")
              .text == "care for 1-2 critically ill adult patients");
    CHECK(spoken("Design, build, and maintain highly scalable distributed systems that power search.").quoted);
}

TEST_CASE("spoken work: a line that does not reduce to a short phrase gives its topic, not a cut line") {
    const std::string long_object =
        "Build a world-class self-serve analytics platform for every product and marketing team in the company";
    const Spoken s = spoken(long_object);
    CHECK(s.text.size() < long_object.size());
    CHECK(s.text.find("...") == std::string::npos);
    CHECK(s.text.find("\u2026") == std::string::npos);
    CHECK_FALSE(s.quoted);  // the topic is the writer's own short name, not a verbatim cut
    // No lead verb at all: the topic.
    CHECK(to_lower(spoken("Experience with Kafka and event-driven systems", {"Kafka"}).text) == "kafka");
}
