#include <catch2/catch.hpp>

#include "parse/clean_text.h"
#include "parse/job_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

Job parse(const std::string& raw) { return parse_job_text(test::shipped_knowledge(), clean_pasted_text(raw)); }

std::vector<std::string> kinds(const Job& j) {
    std::vector<std::string> out;
    for (const Requirement& r : j.requirements) out.push_back(std::string(name_of(r.kind)) + ": " + r.text);
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("job description: header, sections, kinds, and boilerplate ignored") {
    const Job j = parse(
        "Software Development Engineer II, Search & Discovery\n"
        "Amazon \xE2\x80\x94 Seattle, WA\n\n"
        "About the team\n"
        "The Search & Discovery team builds the systems behind product search.\n\n"
        "Key job responsibilities\n"
        "- Design and build distributed systems\n"
        "- Mentor junior engineers\n\n"
        "Basic qualifications\n"
        "- 3+ years of non-internship professional software development experience\n"
        "- Bachelor's degree in computer science or equivalent\n"
        "- Experience with Kafka is a plus\n\n"
        "Preferred qualifications\n"
        "- Experience with AWS services (e.g., SQS, Lambda)\n\n"
        "Benefits\n"
        "- Medical, dental and vision\n\n"
        "Amazon is an equal opportunity employer.\n");
    CHECK(j.title == std::string("Software Development Engineer II, Search & Discovery"));
    CHECK(j.company == std::string("Amazon"));
    CHECK(j.location == std::string("Seattle, WA"));
    CHECK(j.team == std::string("Search & Discovery"));
    CHECK(j.level == SeniorityLevel::Mid);
    CHECK(j.about == std::string("The Search & Discovery team builds the systems behind product search."));
    CHECK(kinds(j) == Lines{"responsibility: Design and build distributed systems",
                            "responsibility: Mentor junior engineers",
                            "required: 3+ years of non-internship professional software development experience",
                            "required: Bachelor's degree in computer science or equivalent",
                            "preferred: Experience with Kafka is a plus",
                            "preferred: Experience with AWS services (e.g., SQS, Lambda)"});
    REQUIRE(j.requirements.size() == 6);
    CHECK(j.requirements[0].id == "r0");
    CHECK(j.requirements[2].years == 3);
    CHECK(j.requirements[3].degree == std::string("bachelor"));
    CHECK(j.requirements[3].competency == "education");
    CHECK(j.requirements[1].competency == "leadership");
    CHECK(j.requirements[5].skills == std::vector<std::string>{"AWS", "SQS", "AWS Lambda"});
}

TEST_CASE("job description: bare lines, colon and ellipsis headings, numbered lists, wrapped paragraphs") {
    const Job j = parse(
        "Senior Site Reliability Engineer, Google Cloud\n"
        "Google\n"
        "Sunnyvale, CA, USA; Pittsburgh, PA, USA\n\n"
        "Minimum qualifications:\n"
        "Bachelor's degree in Computer Science, a related field, or equivalent practical experience.\n"
        "5 years of experience with Linux systems and running distributed services.\n\n"
        "Who you are\n"
        "We're looking for someone who meets the minimum requirements to be considered\n"
        "for the role. If you meet these requirements, you are encouraged to apply.\n\n"
        "What you'll do...\n"
        "1. Define and maintain SLOs.\n"
        "2. Take part in an on-call rotation and lead incident response, root-cause analysis and\n"
        "   postmortems.\n\n"
        "Nice to have\n"
        "\xE2\x97\x8F Experience with Terraform\n\n"
        "The US base salary range for this full-time position is $166,000-$244,000.\n");
    CHECK(j.company == std::string("Google"));
    CHECK(j.level == SeniorityLevel::Senior);
    CHECK(kinds(j) ==
          Lines{"required: Bachelor's degree in Computer Science, a related field, or equivalent practical experience.",
                "required: 5 years of experience with Linux systems and running distributed services.",
                "responsibility: Define and maintain SLOs.",
                "responsibility: Take part in an on-call rotation and lead incident response, root-cause analysis and "
                "postmortems.",
                "preferred: Experience with Terraform"});
}

TEST_CASE("job description: level from the title, else from the years asked") {
    CHECK(parse("Staff Software Engineer\nStripe\n\nRequirements\n- 10+ years of experience\n").level ==
          SeniorityLevel::Staff);
    CHECK(parse("Engineering Manager, Platform\nNetflix\n").level == SeniorityLevel::Manager);
    CHECK(parse("DIRECTOR OF ENGINEERING\nFernway Labs\n").level == SeniorityLevel::Director);
    CHECK(parse("Principal Software Engineer\nMicrosoft\n").level == SeniorityLevel::Principal);
    CHECK(parse("Data Scientist\nAirbnb\n\nYour Expertise:\n- 3+ years of industry experience\n").level ==
          SeniorityLevel::Mid);
    CHECK(parse("Software Engineer\nAcme\n\nRequirements\n- 6+ years building backend services\n").level ==
          SeniorityLevel::Senior);
    CHECK_FALSE(parse("Software Engineer\nAcme\n").level);
}

TEST_CASE("job description: the employer from the body when the header has none") {
    const Job j = parse("Registered Nurse - ICU\n\nAbout Walmart\nAt Walmart, we help people.\n");
    CHECK(j.company == std::string("Walmart"));
    const Job k = parse("Data Analyst\n\nRequirements\n- SQL\n\nBrightleaf Home is an equal opportunity employer.\n");
    CHECK(k.company == std::string("Brightleaf Home"));
}

TEST_CASE("job description: an empty text gives an empty job") {
    const Job j = parse("");
    CHECK_FALSE(j.title);
    CHECK_FALSE(j.company);
    CHECK(j.requirements.empty());
}
