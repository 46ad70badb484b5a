// JSON Resume 1.0.0 import: every field the candidate model has a place for,
// field by field (unicode included), and everything else kept in the
// source-text rendering that fact spans are checked against.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/text.h"
#include "formats_test_support.h"
#include "parse/json_resume.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const std::string kToday = "2026-05-04";

struct Imported {
    Candidate c;
    std::string source;
};

Imported import(const std::string& json) {
    Imported out;
    std::string error;
    INFO(error);
    REQUIRE(json_resume_to_candidate(ip::test::shipped_knowledge(), json, kToday, out.c, out.source, error));
    return out;
}

std::string import_error(const std::string& json) {
    Candidate c;
    std::string source, error;
    CHECK_FALSE(json_resume_to_candidate(ip::test::shipped_knowledge(), json, kToday, c, source, error));
    return error;
}

const SkillRef* skill(const Candidate& c, const std::string& name) {
    auto it = std::find_if(c.skills.begin(), c.skills.end(), [&](const SkillRef& s) { return s.name == name; });
    return it == c.skills.end() ? nullptr : &*it;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("json resume: basics, with unicode, land in name, headline, contact and summary", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    const Candidate& c = r.c;
    CHECK(c.name == std::string("Zo\u00eb \u00c5ngstr\u00f6m-Nakamura"));
    CHECK(c.headline == std::string("Senior Backend Engineer"));
    CHECK(c.contact.email == std::string("zoe.an@example.com"));
    CHECK(c.contact.phone == std::string("+46 70 555 01 23"));
    CHECK(c.contact.location == std::string("Stockholm, Stockholm County"));
    CHECK(c.contact.links == std::vector<std::string>{"https://zoe-an.example.dev", "https://github.com/zoe-an",
                                                      "Mastodon: @zoe@example.social"});
    REQUIRE(c.summary);
    CHECK(starts_with(*c.summary, "Backend engineer with 8 years"));
    CHECK(contains(*c.summary, "\u6771\u4eac"));
}

TEST_CASE("json resume: work entries become positions with highlight bullets", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    REQUIRE(r.c.positions.size() == 2);
    const Position& klarna = r.c.positions[0];
    CHECK(klarna.company == "Klarna");
    CHECK(klarna.title == "Senior Backend Engineer");
    CHECK(klarna.start == std::string("2021-04"));  // ISO day trimmed to the month
    CHECK(klarna.end == std::string("present"));    // no endDate: a current role
    CHECK(klarna.location == std::string("Stockholm, Sweden"));
    REQUIRE(klarna.bullets.size() == 2);
    CHECK(klarna.bullets[0].id == "p0b0");
    CHECK(klarna.bullets[1].id == "p0b1");
    CHECK(klarna.bullets[0].text == "Cut settlement batch time from 4 hours to 35 minutes by rewriting it in Go");
    CHECK(has(klarna.bullets[0].skills, "Go"));  // bullet facts ran on each bullet
    CHECK(has(klarna.bullets[1].skills, "PostgreSQL"));
    CHECK(klarna.bullets[0].verb == "Cut");

    const Position& spotify = r.c.positions[1];
    CHECK(spotify.company == "Spotify");
    CHECK(spotify.start == std::string("2017-09"));
    CHECK(spotify.end == std::string("2021-03"));
    CHECK_FALSE(spotify.location);
    // No highlights: the summary's lines are the bullets.
    REQUIRE(spotify.bullets.size() == 2);
    CHECK(spotify.bullets[0].text == "Built Java services for podcast ingestion.");
    CHECK(spotify.bullets[1].text == "Scaled ingestion to 2M episodes a day.");
    CHECK(spotify.bullets[1].id == "p1b1");
}

TEST_CASE("json resume: projects and volunteer roles become projects with bullets", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    REQUIRE(r.c.projects.size() == 2);
    const Project& p = r.c.projects[0];
    CHECK(p.name == "ledgerlint");
    CHECK(p.description == std::string("A linter for double-entry ledgers"));
    REQUIRE(p.bullets.size() == 2);
    CHECK(p.bullets[0].id == "j0b0");
    CHECK(p.bullets[1].text == "Found 12 balance bugs in its first month");
    const Project& v = r.c.projects[1];
    CHECK(v.name == "Coach, Rails Girls Stockholm");
    REQUIRE(v.bullets.size() == 1);
    CHECK(v.bullets[0].id == "j1b0");
    CHECK(v.bullets[0].text == "Coached 60 first-time programmers through their first web app");
}

TEST_CASE("json resume: education, certificates and skills", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    REQUIRE(r.c.education.size() == 1);
    const Education& e = r.c.education[0];
    CHECK(e.institution == "KTH Royal Institute of Technology");
    CHECK(e.degree == std::string("M.Sc."));
    CHECK(e.field == std::string("Computer Science"));
    CHECK(e.end == std::string("2017-06"));

    REQUIRE(r.c.certifications.size() == 1);
    CHECK(r.c.certifications[0].name == "Certified Kubernetes Administrator");
    CHECK(r.c.certifications[0].issuer == std::string("CNCF"));
    CHECK(r.c.certifications[0].date == std::string("2022-05"));

    for (const char* name : {"Go", "Java", "PostgreSQL", "Kafka", "Kubernetes"}) {
        INFO(name);
        const SkillRef* s = skill(r.c, name);
        REQUIRE(s);
        CHECK(has(s->evidence, "skills-section"));
        CHECK_FALSE(s->category.empty());
    }
}

TEST_CASE("json resume: a skill group's name is a category when it has keywords", "[formats][json_resume]") {
    Imported r = import(R"({"basics":{"name":"Ana Ruiz"},"skills":[
        {"name":"Cloud security","keywords":["AWS","Combine"]},
        {"name":"Kubernetes"}]})");
    CHECK(skill(r.c, "AWS"));
    CHECK(skill(r.c, "Kubernetes"));  // no keywords: the name is the skill
    CHECK_FALSE(skill(r.c, "Cloud Security"));
    // "Combine" alone is English to the text matcher, but a declared keyword matches the skill's id.
    CHECK(skill(r.c, "Apple Combine"));
    CHECK(contains(r.source, "Cloud security: AWS, Combine"));
}

TEST_CASE("json resume: derived fields come from the shared finishing step", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    REQUIRE(r.c.years_experience);
    // The summary states "8 years" (the dates, 2017-09 to 2026-05, merge to
    // about 8.7): the candidate's own total is what they will say.
    CHECK(*r.c.years_experience == 8.0);
    CHECK(r.c.years_stated == std::string("8 years"));
    CHECK(r.c.seniority);
}

TEST_CASE("json resume: the source text keeps every section and every copied string", "[formats][json_resume]") {
    Imported r = import(ip::test::format_fixture("resume.json"));
    const std::string& s = r.source;
    // Sections the model has no field for.
    for (const char* kept : {"Engineering Excellence Award, Klarna, 2023-11-01", "For the settlement rewrite.",
                             "Idempotent payouts at scale, InfoQ, 2022-02-14", "\u65e5\u672c\u8a9e (Conversational)",
                             "Swedish (Native speaker)", "Climbing: bouldering, Fontainebleau",
                             "Zo\u00eb is the engineer you want on call.", "Courses: DD2395 Computer Security",
                             "Score: 4.6/5", "Sveav\u00e4gen 12", "Own the settlement service.", "Payments",
                             "Keywords: Go, Static analysis", "Author, Maintainer", "Weekend workshops.",
                             "Backend (Expert): Go, Java, PostgreSQL, Kafka", "2021-04-01 \u2013 Present"}) {
        INFO(kept);
        CHECK(contains(s, kept));
    }
    // Everything copied into the model occurs verbatim in it.
    const Candidate& c = r.c;
    std::vector<std::string> copied = {*c.name,          *c.headline,         *c.contact.email,
                                       *c.contact.phone, *c.contact.location, *c.summary};
    copied.insert(copied.end(), c.contact.links.begin(), c.contact.links.end());
    for (const Position& p : c.positions) {
        copied.push_back(p.company);
        copied.push_back(p.title);
        for (const Bullet& b : p.bullets) copied.push_back(b.text);
    }
    for (const Project& p : c.projects) {
        copied.push_back(p.name);
        for (const Bullet& b : p.bullets) copied.push_back(b.text);
    }
    for (const Education& e : c.education) copied.push_back(e.institution);
    for (const Certification& cert : c.certifications) copied.push_back(cert.name);
    for (const std::string& text : copied) {
        INFO(text);
        CHECK(contains(s, text));
    }
}

TEST_CASE("json resume: the import is deterministic", "[formats][json_resume]") {
    Imported a = import(ip::test::format_fixture("resume.json"));
    Imported b = import(ip::test::format_fixture("resume.json"));
    CHECK(a.source == b.source);
    CHECK(a.c.positions.size() == b.c.positions.size());
    CHECK(a.c.skills.size() == b.c.skills.size());
}

TEST_CASE("json resume: older key names, odd dates and missing sections are tolerated", "[formats][json_resume]") {
    Imported r = import(R"({"basics":{"name":"Ada Obi","website":"https://ada.example"},
        "work":[{"company":"Initech","position":"Analyst","startDate":"2019","endDate":"Present"},
                {"company":"Globex","position":"Intern","startDate":"someday","endDate":"2018-08-31"},
                {"position":"","name":""}],
        "skills":[{"keywords":[7, null, "SQL"]}]})");
    CHECK(r.c.contact.links == std::vector<std::string>{"https://ada.example"});
    REQUIRE(r.c.positions.size() == 2);  // the empty entry is skipped
    CHECK(r.c.positions[0].company == "Initech");
    CHECK(r.c.positions[0].start == std::string("2019"));
    CHECK(r.c.positions[0].end == std::string("present"));
    CHECK_FALSE(r.c.positions[1].start);
    CHECK(r.c.positions[1].end == std::string("2018-08"));
    CHECK(skill(r.c, "SQL"));
    CHECK(r.c.education.empty());
}

TEST_CASE("json resume: broken JSON is an error naming the problem", "[formats][json_resume]") {
    CHECK(import_error("{\"basics\": {\"name\": \"Ada\"") == "the file is not valid JSON");
    CHECK(import_error("[1, 2]") ==
          "a JSON Resume is an object with \"basics\" and \"work\"; this JSON is not an object");
    std::string deep = "{\"basics\":" + std::string(100, '[') + std::string(100, ']') + "}";
    CHECK(import_error(deep) == "the JSON nests deeper than 64 levels");
}
