// Resume extraction on each layout people paste (see issue 3): the header
// orders, several roles at one employer, PDF-copy damage, a two-column
// sidebar mixed into the experience, and the derived fields.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "parse/clean_text.h"
#include "parse/resume_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const char* const kToday = "2026-05-04";

Candidate parse(const std::string& raw) { return test::parse_pasted_resume(raw, kToday); }
std::vector<std::string> roles(const Candidate& c) { return test::role_lines(c); }

bool has_listed_skill(const Candidate& c, const std::string& name) {
    for (const SkillRef& s : c.skills)
        if (s.name == name)
            for (const std::string& e : s.evidence)
                if (e == "skills-section") return true;
    return false;
}

using Roles = std::vector<std::string>;

}  // namespace

TEST_CASE("resume layout: Title — Company with the place flush right and dates below") {
    const Candidate c = parse(
        "JANE Q. DOE\n"
        "Seattle, WA | jane.doe@example.com | (206) 555-0101 | linkedin.com/in/janedoe\n\n"
        "EXPERIENCE\n\n"
        "Senior Software Engineer \xE2\x80\x94 Microsoft (Azure)                      Redmond, WA\n"
        "Mar 2022 \xE2\x80\x93 Present\n"
        "\xE2\x80\xA2 Designed services handling 500K+ requests/second using Java\n\n"
        "Software Engineer II \xE2\x80\x94 Expedia Group                             Seattle, WA\n"
        "Jun 2019 \xE2\x80\x93 Feb 2022\n"
        "\xE2\x80\xA2 Migrated a monolith to Kubernetes\n");
    CHECK(roles(c) == Roles{"Microsoft | Senior Software Engineer | 2022-03..present",
                            "Expedia Group | Software Engineer II | 2019-06..2022-02"});
    REQUIRE(c.positions.size() == 2);
    CHECK(c.positions[0].location == std::string("Redmond, WA"));
    CHECK(c.name == std::string("JANE Q. DOE"));
    CHECK(c.contact.email == std::string("jane.doe@example.com"));
    CHECK(c.contact.phone == std::string("(206) 555-0101"));
    CHECK(c.contact.location == std::string("Seattle, WA"));
    CHECK(c.contact.links == std::vector<std::string>{"linkedin.com/in/janedoe"});
}

TEST_CASE("resume layout: Company — Title with dates flush right") {
    const Candidate c = parse(
        "Hiro Tanaka\n\nExperience\n\n"
        "Pfizer \xE2\x80\x94 Senior Financial Analyst, FP&A                    Jan 2024 \xE2\x80\x93 Present\n"
        "New York, NY\n"
        "- Own the $3.1B oncology forecast\n\n"
        "Evercore \xE2\x80\x94 Investment Banking Analyst                        Jul 2022 \xE2\x80\x93 Dec 2023\n"
        "- Built DCF and LBO models\n");
    CHECK(roles(c) == Roles{"Pfizer | Senior Financial Analyst, FP&A | 2024-01..present",
                            "Evercore | Investment Banking Analyst | 2022-07..2023-12"});
}

TEST_CASE("resume layout: Title, Company then place and dates on the next line") {
    const Candidate c = parse(
        "# Fatima Haddad\n\n## Work experience\n\n"
        "#### Senior Data Scientist, Etsy\n"
        "Brooklyn, NY \xE2\x80\x94 Sep 2021 to Present\n"
        "* Led the redesign of the experimentation methodology\n\n"
        "#### Data Scientist, Grubhub\n"
        "New York, NY \xE2\x80\x94 Jul 2018 to Aug 2021\n"
        "* Built delivery-time prediction models\n");
    CHECK(roles(c) ==
          Roles{"Etsy | Senior Data Scientist | 2021-09..present", "Grubhub | Data Scientist | 2018-07..2021-08"});
    CHECK(c.positions[0].location == std::string("Brooklyn, NY"));
}

TEST_CASE("resume layout: Title | Company | City | Dates, promotion at one company") {
    const Candidate c = parse(
        "Tyler Brooks\n\n## Professional Experience\n\n"
        "**Senior Account Executive, Mid-Market** | Sprout Social | Chicago, IL | Mar 2023 \xE2\x80\x93 Present\n"
        "- Closed $2.4M in new ARR\n\n"
        "**Account Executive, SMB** | Sprout Social | Chicago, IL | Jan 2021 \xE2\x80\x93 Feb 2023\n"
        "- Closed 140 new SMB customers\n");
    CHECK(roles(c) == Roles{"Sprout Social | Senior Account Executive, Mid-Market | 2023-03..present",
                            "Sprout Social | Account Executive, SMB | 2021-01..2023-02"});
}

TEST_CASE("resume layout: an employer line above two titles keeps them apart") {
    const Candidate c = parse(
        "Kevin Park\n\nWORK EXPERIENCE\n\n"
        "Dropbox                                                    San Francisco, CA\n"
        "Engineering Manager, Sync Infrastructure                  Apr 2021 \xE2\x80\x93 Present\n"
        "- Manage 2 teams (14 engineers)\n"
        "- Hired 9 engineers in 2 years\n\n"
        "Senior Software Engineer, Sync Infrastructure             Jan 2018 \xE2\x80\x93 Mar 2021\n"
        "- Tech lead for the metadata service migration\n\n"
        "Yahoo                                                      Sunnyvale, CA\n"
        "Software Engineer                                          Jul 2015 \xE2\x80\x93 Dec 2017\n"
        "- Built Java services for Yahoo Mail\n");
    CHECK(roles(c) == Roles{"Dropbox | Engineering Manager, Sync Infrastructure | 2021-04..present",
                            "Dropbox | Senior Software Engineer, Sync Infrastructure | 2018-01..2021-03",
                            "Yahoo | Software Engineer | 2015-07..2017-12"});
    REQUIRE(c.positions.size() == 3);
    CHECK(c.positions[0].bullets.size() == 2);
    CHECK(c.positions[1].bullets.size() == 1);
    CHECK(c.positions[0].location == std::string("San Francisco, CA"));
}

TEST_CASE("resume layout: employer with its own dates, indented titles with dates in brackets") {
    const Candidate c = parse(
        "Ryan Cho\n\nEXPERIENCE\n\n"
        "Zendesk, Denver, CO (Feb 2019 \xE2\x80\x93 Present)\n\n"
        "  Director of Engineering, Agent Workspace (Jan 2022 \xE2\x80\x93 Present)\n"
        "  - Lead 62 engineers across 7 teams\n\n"
        "  Senior Engineering Manager, Agent Workspace (Feb 2019 \xE2\x80\x93 Dec 2021)\n"
        "  - Managed 3 managers and 24 engineers\n\n"
        "Rally Health, Denver, CO\n"
        "  Engineering Manager (Jun 2015 \xE2\x80\x93 Jan 2019)\n"
        "  - Built and led a team of 9\n");
    CHECK(roles(c) == Roles{"Zendesk | Director of Engineering, Agent Workspace | 2022-01..present",
                            "Zendesk | Senior Engineering Manager, Agent Workspace | 2019-02..2021-12",
                            "Rally Health | Engineering Manager | 2015-06..2019-01"});
}

TEST_CASE("resume layout: dates first in a column, school on the next line") {
    const Candidate c = parse(
        "Laura Mitchell\n\nTeaching Experience\n\n"
        "08/2019 \xE2\x80\x93 present    Science Teacher, Grades 7\xE2\x80\x93"
        "8\n"
        "                     Lincoln Middle School, Alameda Unified School District\n"
        "\xE2\x97\xA6 Teach 5 sections of integrated science\n\n"
        "08/2016 \xE2\x80\x93 06/2019    Science Teacher, Grade 6\n"
        "                     Roosevelt Middle School, Oakland Unified School District\n"
        "\xE2\x97\xA6 Taught 4 sections of 6th grade science\n");
    CHECK(
        roles(c) ==
        Roles{
            "Lincoln Middle School, Alameda Unified School District | Science Teacher, Grades 7\xE2\x80\x93"
            "8 | "
            "2019-08..present",
            "Roosevelt Middle School, Oakland Unified School District | Science Teacher, Grade 6 | 2016-08..2019-06"});
}

TEST_CASE("resume layout: PDF copy with tabs, hyphenation, broken lines and odd glyphs") {
    const Candidate c = parse(
        "Olga Petrenko\n\nEXPERIENCE\n\n"
        "Site Reliability Engineer\t\tCloudflare\t\tMay 2019 \xE2\x80\x93 Present\n"
        "\xE2\x96\xAA Cut p99 latency of the edge config service from 800 ms to 120 ms by distrib-\n"
        "uted caching across 300+ points of presence\n"
        "\xE2\x96\xAA Automated\xC2\xA0patching with\n"
        "Ansible, reducing patch cycle from 3 weeks to 2 days\n");
    CHECK(roles(c) == Roles{"Cloudflare | Site Reliability Engineer | 2019-05..present"});
    REQUIRE(c.positions.size() == 1);
    REQUIRE(c.positions[0].bullets.size() == 2);
    const Bullet& b0 = c.positions[0].bullets[0];
    CHECK(b0.text ==
          "Cut p99 latency of the edge config service from 800 ms to 120 ms by distributed caching across 300+ points "
          "of presence");
    CHECK(c.positions[0].bullets[1].text ==
          "Automated patching with Ansible, reducing patch cycle from 3 weeks to 2 days");
    bool latency = false;
    for (const Metric& m : b0.metrics)
        latency = latency || (m.kind == MetricKind::Latency && m.text == "from 800 ms to 120 ms");
    CHECK(latency);
}

TEST_CASE("resume layout: a skills sidebar interleaved with the experience goes to the skills") {
    const Candidate c = parse(
        "AISHA KARIMI\nData Scientist\n"
        "CONTACT\nEXPERIENCE\n"
        "aisha.karimi@example.com\n"
        "Data Scientist II \xE2\x80\x94 Wayfair\n"
        "617-555-0193\n"
        "Boston, MA | Sep 2022 \xE2\x80\x93 Present\n"
        "\xE2\x80\xA2 Built a gradient-boosted demand forecasting model for 40K SKUs, reducing\n"
        "github.com/akarimi\n"
        "forecast error from 31% to 19% and cutting write-offs by $2.7M a\n"
        "SKILLS\n"
        "year\n"
        "Python\n"
        "\xE2\x80\xA2 Designed and analyzed 45 A/B tests on the checkout funnel; the winning shipping-\n"
        "pandas\n"
        "estimate test lifted conversion by 3.4%\n"
        "scikit-learn\n"
        "\xE2\x80\xA2 Presented monthly experiment readouts to a VP-level review of 20 leaders\n"
        "SQL\n"
        "Data Analyst \xE2\x80\x94 Liberty Mutual Insurance\n"
        "Tableau\n"
        "Boston, MA | Jun 2020 \xE2\x80\x93 Aug 2022\n"
        "\xE2\x80\xA2 Automated claims-severity reporting in SQL for 300 adjusters,\n"
        "Statistical modeling\n"
        "replacing 12 hours a week of spreadsheet work\n"
        "EDUCATION\n"
        "M.S. Statistics\n"
        "\xE2\x80\xA2 Built a logistic regression fraud-triage score that raised hit rate\n"
        "Boston University\n"
        "from 18% to 29%\n"
        "2020\n");
    CHECK(roles(c) == Roles{"Wayfair | Data Scientist II | 2022-09..present",
                            "Liberty Mutual Insurance | Data Analyst | 2020-06..2022-08"});
    REQUIRE(c.positions.size() == 2);
    REQUIRE(c.positions[0].bullets.size() == 3);
    CHECK(c.positions[0].bullets[0].text ==
          "Built a gradient-boosted demand forecasting model for 40K SKUs, reducing forecast error from 31% to 19% and "
          "cutting write-offs by $2.7M a year");
    CHECK(c.positions[0].bullets[1].text ==
          "Designed and analyzed 45 A/B tests on the checkout funnel; the winning shippingestimate test lifted "
          "conversion by 3.4%");
    REQUIRE(c.positions[1].bullets.size() == 2);
    CHECK(
        c.positions[1].bullets[0].text ==
        "Automated claims-severity reporting in SQL for 300 adjusters, replacing 12 hours a week of spreadsheet work");
    for (const char* skill : {"Python", "Pandas", "scikit-learn", "SQL", "Tableau"}) {
        INFO(skill);
        CHECK(has_listed_skill(c, skill));
    }
    REQUIRE(c.education.size() == 1);
    CHECK(c.education[0].institution == "Boston University");
    CHECK(c.education[0].degree == std::string("M.S."));
    CHECK(c.contact.email == std::string("aisha.karimi@example.com"));
    CHECK(c.contact.phone == std::string("617-555-0193"));
}

TEST_CASE("resume layout: bullets without glyphs, one sentence a line") {
    const Candidate c = parse(
        "Sam Lee\n\nExperience\n\n"
        "Operations Manager, Acme Logistics\n"
        "2018 \xE2\x80\x93 2023\n"
        "Led a team of 40 associates across two shifts in the main warehouse.\n"
        "Reduced mis-picks by 35% by redesigning the pick path and slotting.\n");
    CHECK(roles(c) == Roles{"Acme Logistics | Operations Manager | 2018..2023"});
    REQUIRE(c.positions.size() == 1);
    CHECK(c.positions[0].bullets.size() == 2);
    CHECK(c.positions[0].bullets[0].verb == "Led");
}

TEST_CASE("resume header: name with credentials, nickname, headline from the summary") {
    CHECK(parse("GRACE NWOSU, BSN, RN, CCRN\nSacramento, California\n").name == std::string("GRACE NWOSU"));
    CHECK(parse("Benjamin \"Ben\" Adeyemi\nben@example.com\n").name == std::string("Benjamin \"Ben\" Adeyemi"));
    const Candidate c = parse(
        "Mei-Lin Zhao\n============\n\nData Engineer \xC2\xB7 Seattle, WA\nmei@example.com | 425-555-0138\n");
    CHECK(c.name == std::string("Mei-Lin Zhao"));
    CHECK(c.headline == std::string("Data Engineer"));
    CHECK(c.contact.location == std::string("Seattle, WA"));
    const Candidate s = parse(
        "Jo Chen\n\nSUMMARY\nSenior Software Engineer with 7 years of experience in distributed systems.\n");
    CHECK(s.headline == std::string("Senior Software Engineer"));
    CHECK(s.summary == std::string("Senior Software Engineer with 7 years of experience in distributed systems."));
}

TEST_CASE("resume sections: education, certifications and the skills list") {
    const Candidate c = parse(
        "Jo Chen\n\n"
        "EDUCATION\n"
        "B.S. Computer Science \xE2\x80\x94 University of Washington, 2017\n"
        "Master of Accountancy (MAcc) \xC2\xB7 Wake Forest University \xC2\xB7 2019\n"
        "- **M.S. Data Science**, University of California, San Diego, 2020\n\n"
        "CERTIFICATIONS\n"
        "- AWS Certified Data Engineer \xE2\x80\x93 Associate (2024)\n\n"
        "SKILLS\n"
        "Languages: Java, Python, Go\n"
        "Cloud & Infrastructure: AWS (SQS, Lambda), Kubernetes\n"
        "Practices: on-call and observability, quarterly planning rituals\n");
    REQUIRE(c.education.size() == 3);
    CHECK(c.education[0].institution == "University of Washington");
    CHECK(c.education[0].degree == std::string("B.S."));
    CHECK(c.education[0].field == std::string("Computer Science"));
    CHECK(c.education[0].end == std::string("2017"));
    CHECK(c.education[1].degree == std::string("Master of Accountancy"));
    CHECK(c.education[2].institution == "University of California, San Diego");
    REQUIRE(c.certifications.size() == 1);
    CHECK(c.certifications[0].name == "AWS Certified Data Engineer \xE2\x80\x93 Associate");
    CHECK(c.certifications[0].date == std::string("2024"));
    for (const char* skill : {"Java", "Python", "Go", "AWS", "SQS", "AWS Lambda", "Kubernetes", "Observability",
                              "quarterly planning rituals"}) {
        INFO(skill);
        CHECK(has_listed_skill(c, skill));
    }
    CHECK_FALSE(has_listed_skill(c, "Languages"));
}

TEST_CASE("derived fields: merged years, seniority, bullet ids and skill evidence") {
    const Candidate c = parse(
        "Jo Chen\n\nEXPERIENCE\n"
        "Senior Engineer, Acme Corp\nJan 2020 \xE2\x80\x93 Present\n"
        "- Built Kafka pipelines in Java\n"
        "Engineer, Beta Inc\nJan 2018 \xE2\x80\x93 Dec 2020\n"
        "- Wrote Python services\n"
        "Software Engineering Intern, Gamma LLC\nJun 2017 \xE2\x80\x93 Aug 2017\n"
        "- Fixed bugs\n\n"
        "PROJECTS\n"
        "TrailMap \xE2\x80\x94 hiking route planner\n"
        "- Cached tiles in Redis\n\n"
        "SKILLS\nJava, Redis\n");
    // Jan 2018 .. May 2026 merged (the internship does not count): 101 months.
    REQUIRE(c.years_experience);
    CHECK(*c.years_experience == Approx(8.4));
    CHECK(c.seniority == SeniorityLevel::Senior);
    REQUIRE(c.positions.size() == 3);
    CHECK(c.positions[1].bullets[0].id == "p1b0");
    REQUIRE(c.projects.size() == 1);
    CHECK(c.projects[0].name == "TrailMap");
    CHECK(c.projects[0].description == std::string("hiking route planner"));
    CHECK(c.projects[0].bullets[0].id == "j0b0");
    std::vector<std::string> java, redis;
    for (const SkillRef& s : c.skills) {
        if (s.name == "Java") java = s.evidence;
        if (s.name == "Redis") redis = s.evidence;
    }
    CHECK(java == std::vector<std::string>{"p0b0", "skills-section"});
    CHECK(redis == std::vector<std::string>{"j0b0", "skills-section"});
}

TEST_CASE("bullet text is copied verbatim from the cleaned text") {
    const std::string raw =
        "Jo Chen\n\nEXPERIENCE\nEngineer \xE2\x80\x94 Acme Corp\n2019 \xE2\x80\x93 2021\n"
        "\xE2\x80\xA2 Cut build time \xE2\x80\x9C"
        "dramatically\xE2\x80\x9D from 40 minutes to 9 minutes\n";
    const std::string clean = clean_pasted_text(raw);
    std::vector<std::string> warnings;
    const Candidate c = parse_resume_text(test::shipped_knowledge(), clean, kToday, warnings);
    REQUIRE(c.positions.size() == 1);
    REQUIRE(c.positions[0].bullets.size() == 1);
    const Bullet& b = c.positions[0].bullets[0];
    CHECK(contains(fold_whitespace(clean), b.text));
    for (const Metric& m : b.metrics) CHECK(contains(b.text, m.text));
    CHECK(b.text == "Cut build time \"dramatically\" from 40 minutes to 9 minutes");
}

TEST_CASE("an empty or shapeless resume is read without inventing anything") {
    std::vector<std::string> warnings;
    const Candidate empty = parse_resume_text(test::shipped_knowledge(), "", kToday, warnings);
    CHECK_FALSE(empty.name);
    CHECK(empty.positions.empty());
    CHECK_FALSE(empty.years_experience);
    CHECK_FALSE(empty.seniority);
    CHECK(warnings.size() == 2);
    const Candidate noise = parse("%%%% ---- 12345 \n\n\n@@@ \xE2\x80\xA2\n");
    CHECK(noise.positions.empty());
}

TEST_CASE("reading order: interleaved columns come back column by column") {
    const std::string clean = clean_pasted_text(
        "Ana Ruiz\n"
        "EXPERIENCE\n"
        "Data Analyst \xE2\x80\x94 Acme Corp\n"
        "SKILLS\n"
        "Jan 2020 \xE2\x80\x93 Present\n"
        "Python\n"
        "\xE2\x80\xA2 Built churn dashboards in Tableau used by 40 account managers, cutting\n"
        "SQL\n"
        "weekly reporting time from 6 hours to 1 hour\n"
        "Tableau\n"
        "\xE2\x80\xA2 Automated the monthly revenue close checks with Python and dbt tests\n");
    const std::string ordered = resume_reading_order(test::shipped_knowledge(), clean);
    CHECK(ordered ==
          "Ana Ruiz\n"
          "EXPERIENCE\n"
          "Data Analyst \xE2\x80\x94 Acme Corp\n"
          "Jan 2020 \xE2\x80\x93 Present\n"
          "\xE2\x80\xA2 Built churn dashboards in Tableau used by 40 account managers, cutting\n"
          "weekly reporting time from 6 hours to 1 hour\n"
          "\xE2\x80\xA2 Automated the monthly revenue close checks with Python and dbt tests\n"
          "\n"
          "SKILLS\n"
          "Python\n"
          "SQL\n"
          "Tableau");
    std::vector<std::string> warnings;
    const Candidate c = parse_resume_text(test::shipped_knowledge(), ordered, kToday, warnings);
    REQUIRE(c.positions.size() == 1);
    REQUIRE(c.positions[0].bullets.size() == 2);
    CHECK(contains(fold_whitespace(ordered), c.positions[0].bullets[0].text));
    // A resume that is not interleaved is returned as it is.
    const std::string plain =
        "Jo\nEXPERIENCE\nEngineer, Acme\n2019 \xE2\x80\x93 2021\n- Built things\nSKILLS\nJava, Go";
    CHECK(resume_reading_order(test::shipped_knowledge(), plain) == plain);
}
