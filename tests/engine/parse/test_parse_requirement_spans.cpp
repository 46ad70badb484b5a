// Which spans of a posting are requirement lines (issue 14): a paragraph under
// a qualifications heading asks a sentence at a time; "e.g." ends no sentence;
// a lead-in ending in a colon is no requirement; the parts of a federal page
// that hold employment conditions, documents and evaluations hold none.
#include <catch2/catch.hpp>

#include <algorithm>

#include "parse/clean_text.h"
#include "parse/job_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

Job parse(const std::string& raw) { return parse_job_text(test::shipped_knowledge(), clean_pasted_text(raw)); }

bool has_line(const Job& j, const std::string& text) {
    return std::any_of(j.requirements.begin(), j.requirements.end(),
                       [&](const Requirement& r) { return r.text == text; });
}

}  // namespace

TEST_CASE("requirement spans: a qualifications paragraph asks a sentence at a time") {
    const Job j = parse(
        "Contract Specialist\n\n"
        "Qualifications\n"
        "To qualify, you must have one year of specialized experience in federal contracting.  "
        "Specialized experience is work that prepared you for this role. We review every application.\n");
    CHECK(has_line(j, "To qualify, you must have one year of specialized experience in federal contracting."));
    // Sentences that ask for no years, degree or skill are explanation, not requirements.
    CHECK_FALSE(has_line(j, "We review every application."));
    CHECK(j.requirements.size() == 1);
}

TEST_CASE("requirement spans: 'e.g.' inside a line ends no sentence") {
    const Job j = parse(
        "Lesson Infrastructure Developer\n\n"
        "Requirements\n"
        "- Experience with continuous integration (e.g. Travis CI)\n"
        "- Experience working with metadata schema (i.e. Bioschema)\n");
    CHECK(has_line(j, "Experience with continuous integration (e.g. Travis CI)"));
    CHECK(has_line(j, "Experience working with metadata schema (i.e. Bioschema)"));
}

TEST_CASE("requirement spans: a lead-in ending in a colon is not a requirement") {
    const Job j = parse(
        "Design Intern\n\n"
        "Requirements\n"
        "- Time commitment:\n"
        "- For each job on your resume, provide:\n"
        "- Experience with Figma\n");
    CHECK(has_line(j, "Experience with Figma"));
    CHECK(j.requirements.size() == 1);
}

TEST_CASE("requirement spans: employment conditions, documents and evaluations hold no requirements") {
    const Job j = parse(
        "Product Manager\n\n"
        "Qualifications\n"
        "- Experience leading agile product teams\n\n"
        "Key Requirements\n"
        "- Suitable for Federal employment, determined by a background investigation.\n"
        "- Direct Deposit of salary check to financial organization required.\n\n"
        "Evaluations\n"
        "- Knowledge of and expertise in agile development methodologies.\n\n"
        "Required Documents\n"
        "- Completed application\n\n"
        "Other Information\n"
        "- Relocation-related expenses are not approved.\n");
    CHECK(has_line(j, "Experience leading agile product teams"));
    CHECK(j.requirements.size() == 1);
}

TEST_CASE("requirement spans: 'What you'll bring' opens the qualifications, not the duties") {
    const Job j = parse(
        "Marketer\n\n"
        "What you'll bring:\n"
        "- Strong background in writing content for a developer audience\n");
    REQUIRE(j.requirements.size() == 1);
    CHECK(j.requirements[0].kind == RequirementKind::Required);
}
