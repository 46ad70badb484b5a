// A role's title without the employment-type note the resume adds to it, the
// note still read for the years of experience; names written as Markdown links
// in a JSON Resume read as their text (issue 14).
#include <catch2/catch.hpp>

#include "parse/read.h"
#include "parse/role_names.h"
#include "parse_test_support.h"

using namespace ip;

TEST_CASE("role names: an employment-type note is not part of the title") {
    const Knowledge& kb = test::shipped_knowledge();
    CHECK(title_without_employment_note(kb, "Web Developer (Intern)") == "Web Developer");
    CHECK(title_without_employment_note(kb, "Backend Engineer - part time") == "Backend Engineer");
    CHECK(title_without_employment_note(kb, "Backend/Blockchain Engineer - full time") ==
          "Backend/Blockchain Engineer");
    CHECK(title_without_employment_note(kb, "Backend Engineer - internship") == "Backend Engineer");
    CHECK(title_without_employment_note(kb, "Designer (Contract)") == "Designer");
    // A unit, a specialty or a level is part of the title.
    CHECK(title_without_employment_note(kb, "Software Engineer - Backend") == "Software Engineer - Backend");
    CHECK(title_without_employment_note(kb, "Curriculum Developer (Astronomy)") == "Curriculum Developer (Astronomy)");
    CHECK(title_without_employment_note(kb, "Engineer (Senior Staff)") == "Engineer (Senior Staff)");
}

TEST_CASE("role names: a JSON Resume's internship note is dropped from the title, not from the years") {
    const std::string resume = R"json({
      "basics": {"name": "Lena Ortiz"},
      "work": [
        {"name": "Harbor Labs, LLC", "position": "Data Engineer", "startDate": "2022-01-01"},
        {"name": "Quill Media", "position": "Web Developer (Intern)", "startDate": "2016-06-01", "endDate": "2020-06-01"}
      ],
      "education": [{"institution": "[University of North Alabama](http://www.una.edu)", "studyType": "BS"}]
    })json";
    const ReadResume r = read_resume(test::shipped_knowledge(), resume, "resume.json", "2026-01-01");
    REQUIRE(r.ok);
    REQUIRE(r.candidate.positions.size() == 2);
    CHECK(r.candidate.positions[0].company == "Harbor Labs, LLC");  // the employer as written
    CHECK(r.candidate.positions[1].title == "Web Developer");
    // Only the four years at Harbor Labs count: the internship does not.
    REQUIRE(r.candidate.years_experience);
    CHECK(*r.candidate.years_experience < 4.5);
    REQUIRE(r.candidate.education.size() == 1);
    CHECK(r.candidate.education[0].institution == "University of North Alabama");
    CHECK(r.source_text.find("](") == std::string::npos);
}
