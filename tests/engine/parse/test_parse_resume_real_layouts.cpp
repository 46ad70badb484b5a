// Resume layouts seen in resumes written by real people (issue 14): roles as
// list items, employers with a country or after a full stop, wrapped role
// headers, experience under an unexpected heading or none, career breaks,
// honours and page footers among the roles, and the header's odd forms.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "parse/clean_text.h"
#include "parse/resume_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const char* const kToday = "2026-06-10";

Candidate parse(const std::string& raw) { return test::parse_pasted_resume(raw, kToday); }
std::vector<std::string> roles(const Candidate& c) { return test::role_lines(c); }

using Roles = std::vector<std::string>;

}  // namespace

TEST_CASE("real layout: roles written as list items, dates first") {
    const Candidate c = parse(
        "Dana Whitfield\n"
        "(312) 555-0142 | dana.whitfield@example.com\n\n"
        "EXPERIENCE\n"
        "- 2024-Present: Charge Nurse\n"
        "- Mercy Lakeside Hospital\n"
        "- Duties included:\n"
        "  - Supervised 12 nurses across the night shift on a 30-bed telemetry unit\n"
        "  - Cut missed medication scans by 40% with a bedside checklist\n"
        "- 2019-2024: Registered Nurse\n"
        "- Northshore Medical Center\n"
        "- Duties included:\n"
        "  - Cared for 5 to 6 cardiac patients a shift\n");
    CHECK(c.name == std::string("Dana Whitfield"));
    CHECK(c.contact.phone == std::string("(312) 555-0142"));
    CHECK(roles(c) == Roles{"Mercy Lakeside Hospital | Charge Nurse | 2024..present",
                            "Northshore Medical Center | Registered Nurse | 2019..2024"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].bullets.size() == 2);
}

TEST_CASE("real layout: a Work heading, a career break and a wrapped bullet with a season") {
    const Candidate c = parse(
        "Priya Natarajan\n"
        "priya.n@example.com \xC2\xB7 646-555-0177\n\n"
        "Work\n\n"
        "Senior Product Manager, Lumen Health Inc.\n"
        "2022 \xE2\x80\x93 Present\n"
        "- Launched the patient intake app used by 80 clinics\n\n"
        "Sabbatical \xE2\x80\x94 travel and caregiving, 2021\xE2\x80\x93"
        "2022\n\n"
        "Product Manager, Harbor Analytics\n"
        "2016 \xE2\x80\x93 2021\n"
        "- Ran the pricing experiments that began in\n"
        "Summer 2012 and\n"
        "grew into the company's main revenue line\n");
    CHECK(c.name == std::string("Priya Natarajan"));
    CHECK(c.contact.phone == std::string("646-555-0177"));
    CHECK(roles(c) == Roles{"Lumen Health Inc. | Senior Product Manager | 2022..present",
                            "Harbor Analytics | Product Manager | 2016..2021"});
    REQUIRE(c.positions.size() == 2);
    REQUIRE(c.positions[1].bullets.size() == 1);
    CHECK(c.positions[1].bullets[0].text ==
          "Ran the pricing experiments that began in Summer 2012 and grew into the company's main revenue line");
}

TEST_CASE("real layout: a career break is a gap, not a role, and its lines go nowhere") {
    const Candidate c = parse(
        "Tom Reyes\n\nEXPERIENCE\n"
        "Operations Analyst \xE2\x80\x94 Caldera Freight, 2022 \xE2\x80\x93 Present\n"
        "- Built the weekly lane-cost report\n"
        "Career break, 2020 \xE2\x80\x93 2022\n"
        "- Full-time parent\n"
        "Logistics Coordinator \xE2\x80\x94 Bay Port Services, 2017 \xE2\x80\x93 2020\n"
        "- Scheduled 60 trucks a day\n");
    CHECK(roles(c) == Roles{"Caldera Freight | Operations Analyst | 2022..present",
                            "Bay Port Services | Logistics Coordinator | 2017..2020"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].bullets.size() == 1);
    // 2017..2020 and 2022..June 2026; counting the break would make it more than nine years.
    REQUIRE(c.years_experience);
    CHECK(*c.years_experience < 8.0);
}

TEST_CASE("real layout: the candidate's own name and a page footer are not employers") {
    const Candidate c = parse(
        "Jane Smith\n"
        "jane.smith@example.com | (718) 555\xE2\x80\x93"
        "0100\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Staff Accountant \xE2\x80\x94 Redwood Partners LLP\n"
        "Jan 2021 \xE2\x80\x93 Present\n"
        "- Closed the books monthly for 14 entities\n"
        "June 3, 2026 \xC2\xB7 Jane Smith\n"
        "Jane Smith\n"
        "Page 2 of 2\n"
        "Junior Accountant \xE2\x80\x94 Bell & Ortiz CPAs\n"
        "Jul 2018 \xE2\x80\x93 Dec 2020\n"
        "- Reconciled 30 bank accounts a month\n"
        "Jane Smith Bookkeeping\n"
        "Owner    2016 \xE2\x80\x93 2018\n"
        "- Kept the books of 12 local shops\n");
    CHECK(c.name == std::string("Jane Smith"));
    CHECK(c.contact.phone == std::string("(718) 555\xE2\x80\x93"
                                         "0100"));
    // The candidate's own business is an employer; the name beside a date or alone is a footer.
    CHECK(roles(c) == Roles{"Redwood Partners LLP | Staff Accountant | 2021-01..present",
                            "Bell & Ortiz CPAs | Junior Accountant | 2018-07..2020-12",
                            "Jane Smith Bookkeeping | Owner | 2016..2018"});
}

TEST_CASE("real layout: the employer of one role is not carried into the next") {
    const Candidate c = parse(
        "Luis Ortega\n555-201-3344\n\nEXPERIENCE\n"
        "Software Engineer \xE2\x80\x94 Pinecone Labs    2021 \xE2\x80\x93 Present\n"
        "- Built the billing service in Go\n"
        "Freelance Web Developer    2018 \xE2\x80\x93 2021\n"
        "- Built 20 small-business websites\n");
    CHECK(c.name == std::string("Luis Ortega"));
    CHECK(c.contact.phone == std::string("555-201-3344"));
    CHECK(roles(c) ==
          Roles{"Pinecone Labs | Software Engineer | 2021..present", " | Freelance Web Developer | 2018..2021"});
}

TEST_CASE("real layout: an employer followed by a country or a city after a full stop stays the employer") {
    const Candidate c = parse(
        "Anna Berg\n+49 30 5550 1234\n\nEXPERIENCE\n"
        "Product Designer \xE2\x80\x94 Nordlicht Studio, Germany\n"
        "Mar 2021 \xE2\x80\x93 Present\n"
        "- Redesigned the onboarding flow\n"
        "UX Designer, Fernway Travel. Portland, OR\n"
        "Jun 2017 \xE2\x80\x93 Feb 2021\n"
        "- Ran 40 usability studies\n");
    CHECK(c.name == std::string("Anna Berg"));
    CHECK(c.contact.phone == std::string("+49 30 5550 1234"));
    CHECK(roles(c) == Roles{"Nordlicht Studio | Product Designer | 2021-03..present",
                            "Fernway Travel | UX Designer | 2017-06..2021-02"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].location == std::string("Germany"));
    CHECK(c.positions[1].location == std::string("Portland, OR"));
}

TEST_CASE("real layout: a role header wrapped onto two lines is one role") {
    const Candidate c = parse(
        "Grace Obi\n(415) 555-0190\n\nEXPERIENCE\n"
        "Program Manager, Community Health and\n"
        "Outreach \xE2\x80\x94 County of Marin, 2019 \xE2\x80\x93 Present\n"
        "- Ran 12 vaccination clinics a year\n"
        "Health Educator \xE2\x80\x94 Marin Community Clinics, 2015 \xE2\x80\x93 2019\n"
        "- Taught diabetes classes\n");
    CHECK(c.name == std::string("Grace Obi"));
    CHECK(c.contact.phone == std::string("(415) 555-0190"));
    CHECK(roles(c) == Roles{"County of Marin | Program Manager, Community Health and Outreach | 2019..present",
                            "Marin Community Clinics | Health Educator | 2015..2019"});
}

TEST_CASE("real layout: a date line followed by a bulleted Title, Employer") {
    const Candidate c = parse(
        "Marcus Lee\nmarcus.lee@example.com, 617-555-0123\n\nExperience\n"
        "2020 \xE2\x80\x93 2024\n"
        "\xE2\x80\xA2 Account Manager, Brightline Media\n"
        "\xE2\x80\xA2 Managed 30 accounts worth $4M a year\n"
        "2017 \xE2\x80\x93 2020\n"
        "\xE2\x80\xA2 Sales Associate, Copper Kettle Goods\n"
        "\xE2\x80\xA2 Opened 120 new wholesale accounts\n");
    CHECK(c.name == std::string("Marcus Lee"));
    CHECK(c.contact.phone == std::string("617-555-0123"));
    CHECK(roles(c) == Roles{"Brightline Media | Account Manager | 2020..2024",
                            "Copper Kettle Goods | Sales Associate | 2017..2020"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].bullets.size() == 1);
}

TEST_CASE("real layout: experience under a HIGHLIGHTS heading") {
    const Candidate c = parse(
        "Ravi Shah\n408-555-0166\n\n"
        "SUMMARY\nData engineer who likes boring, reliable pipelines.\n\n"
        "HIGHLIGHTS\n"
        "Data Engineer, Quarry Logistics Inc.    2021 \xE2\x80\x93 Present\n"
        "- Moved 200 nightly jobs to Airflow\n"
        "Data Analyst, Fenwick Retail Group    2018 \xE2\x80\x93 2021\n"
        "- Built the store sales dashboard\n\n"
        "EDUCATION\nB.S. Statistics, San Jose State University, 2018\n");
    CHECK(c.name == std::string("Ravi Shah"));
    CHECK(c.contact.phone == std::string("408-555-0166"));
    CHECK(roles(c) == Roles{"Quarry Logistics Inc. | Data Engineer | 2021..present",
                            "Fenwick Retail Group | Data Analyst | 2018..2021"});
}

TEST_CASE("real layout: experience under no heading at all, before the education") {
    const Candidate c = parse(
        "Elif Kaya\n"
        "elif.kaya@example.com | 212-555-0109\n\n"
        "Marketing Manager, Tallow & Finch Co.    2020 \xE2\x80\x93 Present\n"
        "- Grew the email list from 8K to 60K subscribers\n\n"
        "Marketing Coordinator, Blue Heron Press    2017 \xE2\x80\x93 2020\n"
        "- Ran 14 book launch campaigns\n\n"
        "EDUCATION\nB.A. English, Hunter College, 2017\n");
    CHECK(c.name == std::string("Elif Kaya"));
    CHECK(c.contact.phone == std::string("212-555-0109"));
    CHECK(roles(c) == Roles{"Tallow & Finch Co. | Marketing Manager | 2020..present",
                            "Blue Heron Press | Marketing Coordinator | 2017..2020"});
}

TEST_CASE("real layout: honours and certificates among the roles are not roles") {
    const Candidate c = parse(
        "Noah Fischer\n503-555-0150\n\nEXPERIENCE\n"
        "Civil Engineer \xE2\x80\x94 Cascade Bridge Partners, 2019 \xE2\x80\x93 Present\n"
        "President's Club Award 2021\n"
        "- Designed 6 pedestrian bridges\n"
        "Regional Engineer of the Year Award \xE2\x80\x94 Cascade Bridge Partners, 2022\n"
        "Certified Associate in Project Management \xE2\x80\x94 Project Management Institute, 2020\n"
        "Engineer in Training \xE2\x80\x94 Oregon DOT, 2016 \xE2\x80\x93 2019\n"
        "- Inspected 40 culverts a season\n");
    CHECK(c.name == std::string("Noah Fischer"));
    CHECK(c.contact.phone == std::string("503-555-0150"));
    CHECK(roles(c) == Roles{"Cascade Bridge Partners | Civil Engineer | 2019..present",
                            "Oregon DOT | Engineer in Training | 2016..2019"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].bullets.size() == 1);  // the award between header and duties keeps the duties
}

TEST_CASE("real header: a name on two lines, a Resume suffix, a phone with an en dash") {
    const Candidate two = parse(
        "MARIA\nGONZALEZ-ORTIZ\nmaria.go@example.com | (718) 555\xE2\x80\x93"
        "0100\n\n"
        "EXPERIENCE\nTeacher, Lincoln Elementary School, 2015 \xE2\x80\x93 Present\n- Taught 4th grade\n");
    CHECK(two.name == std::string("MARIA GONZALEZ-ORTIZ"));
    CHECK(two.contact.phone == std::string("(718) 555\xE2\x80\x93"
                                           "0100"));
    CHECK(roles(two) == Roles{"Lincoln Elementary School | Teacher | 2015..present"});
    const Candidate suffix = parse(
        "Kenji Watanabe Resume\nkenji@example.com \xE2\x80\xA2 (206) 555\xE2\x80\x93"
        "0147\n\n"
        "EXPERIENCE\nBarista, Ridgeline Coffee Co., 2020 \xE2\x80\x93 2023\n- Trained 8 new baristas\n");
    CHECK(suffix.name == std::string("Kenji Watanabe"));
    CHECK(suffix.contact.phone == std::string("(206) 555\xE2\x80\x93"
                                              "0147"));
    CHECK(roles(suffix) == Roles{"Ridgeline Coffee Co. | Barista | 2020..2023"});
}

TEST_CASE("real layout: dated role headers without duties, set apart by blank lines") {
    // Deedy-style: "Employer | Title" over "Dates | Place"; the first role lists no duties.
    const Candidate c = parse(
        "Ravi Menon\n"
        "ravi@example.com\n\n"
        "Experience\n\n"
        "Kestrel Maps | Software Engineer\n"
        "Jan 2015 - Present | New York, NY\n\n"
        "Quillfeather | Software Engineering Intern\n"
        "June 2014 - Sep 2014 | Mountain View, CA\n\n"
        "- Shipped the offline tile cache\n");
    CHECK(roles(c) == Roles{"Kestrel Maps | Software Engineer | 2015-01..present",
                            "Quillfeather | Software Engineering Intern | 2014-06..2014-09"});
}
