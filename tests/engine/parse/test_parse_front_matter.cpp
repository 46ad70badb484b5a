// Job postings kept as Markdown page sources (Jekyll, Hugo): the YAML front
// matter names the title and the hiring team; the title a field gives comes
// without the page label, organisation, pay grade or place wrapped around it;
// an organisation whose name starts with "The" is found in the prose (issue 14).
#include <catch2/catch.hpp>

#include "parse/front_matter.h"
#include "parse/read.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

ReadJob read_md(const std::string& text) { return read_job(test::shipped_knowledge(), text, "posting.md"); }

const char* const kBody =
    "\nWe build tools for public services.\n\n"
    "## Requirements\n"
    "- 3+ years of experience with SQL\n";

}  // namespace

TEST_CASE("front matter: the page's title and org name the posting's title and company") {
    const ReadJob r = read_md(std::string("---\nlayout: primary\ntitle: Data & Analytics Specialist\n"
                                          "org: 'Centers of Excellence'\nlocation: Washington, DC\n"
                                          "# INSTRUCTIONS: these fields are required\nlisted: true\n---\n") +
                              kBody);
    REQUIRE(r.ok);
    CHECK(r.job.title == std::string("Data & Analytics Specialist"));
    CHECK(r.job.company == std::string("Centers of Excellence"));
    CHECK(r.job.location == std::string("Washington, DC"));
    // The metadata is not read as the posting's text.
    CHECK(r.source_text.find("layout") == std::string::npos);
    CHECK(r.source_text.find("INSTRUCTIONS") == std::string::npos);
}

TEST_CASE("front matter: the navigation title is preferred to the page title") {
    const ReadJob r = read_md(std::string("---\ntitle: Backend Software Engineer Performance Profile\n"
                                          "subnav_title: Backend Software Engineer\n---\n") +
                              kBody);
    REQUIRE(r.ok);
    CHECK(r.job.title == std::string("Backend Software Engineer"));
}

TEST_CASE("front matter: a Markdown rule further down is not front matter") {
    const std::string text = "Data Analyst\nAcme Robotics\n\n---\n\nWe build robots.\n";
    CHECK(without_front_matter(test::shipped_knowledge(), text, true) == text);
    const std::string unclosed = "---\ntitle: Data Analyst\n\nWe build robots.\n";
    CHECK(without_front_matter(test::shipped_knowledge(), unclosed, true) == unclosed);
}

TEST_CASE("labelled title: page label, organisation, pay grade and place are not the title") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Open Position: Community Engagement Lead", "Community Engagement Lead"},
        {"Login.gov - Account Manager", "Account Manager"},
        {"Office of Acquisition - Contract Specialist", "Contract Specialist"},
        {"Regional Coordinator - Southern Africa", "Regional Coordinator"},
        {"US-Based Curriculum Developer (Astronomy) - Six-month position", "Curriculum Developer (Astronomy)"},
        {"18F Acquisition Product Manager GS-15", "Acquisition Product Manager"},
        {"18F \u2013 Front end design intern", "Front end design intern"},
        {"Accountant, GS-0510-07", "Accountant"},
        {"Pharmacist 0660-9/11/12", "Pharmacist"},
        // A role's own acronym and a unit after the dash stay.
        {"VP People Operations", "VP People Operations"},
        {"Software Engineer - Backend", "Software Engineer - Backend"},
    };
    for (const auto& [written, title] : cases) {
        INFO(written);
        const ReadJob r = read_md("Title: " + written + "\n" + kBody);
        REQUIRE(r.ok);
        CHECK(r.job.title == title);
    }
}

TEST_CASE("labelled title: a title field after a location field is still the header") {
    const ReadJob r = read_md(std::string("Location: Remote\nTitle: Data Specialist\n") + kBody);
    REQUIRE(r.ok);
    CHECK(r.job.title == std::string("Data Specialist"));
    CHECK(r.job.location == std::string("Remote"));
}

TEST_CASE("company in prose: a name with 'The', named again and again") {
    const std::string text =
        "---\ntitle: \"Communications Manager\"\n---\n\n"
        "The Harbor Collective is an open, global community teaching data skills. "
        "The Harbor Collective runs workshops.\n\n"
        "You will tell the story of The Harbor Collective to its members.\n\n"
        "## Requirements\n- Experience running a newsletter for The Harbor Collective or a similar group\n";
    const ReadJob r = read_md(text);
    REQUIRE(r.ok);
    CHECK(r.job.title == std::string("Communications Manager"));
    CHECK(r.job.company == std::string("The Harbor Collective"));
    // Named once, "The Team" names no employer.
    const ReadJob once = read_md("---\ntitle: Analyst\n---\n\nThe Team is small and kind.\n\n## Requirements\n- SQL\n");
    REQUIRE(once.ok);
    CHECK_FALSE(once.job.company.has_value());
}

TEST_CASE("labelled header: the agency named under the department is the employer") {
    const ReadJob r = read_md(
        std::string("Job Title:  Pharmacist\nDepartment:  Department of Health and Human Services\n"
                    "Agency:  Indian Health Service\n") +
        kBody);
    REQUIRE(r.ok);
    CHECK(r.job.company == std::string("Indian Health Service"));
    const ReadJob alone = read_md(std::string("Job Title: Ranger\nDepartment: Department of the Interior\n") + kBody);
    REQUIRE(alone.ok);
    CHECK(alone.job.company == std::string("Department of the Interior"));
}
