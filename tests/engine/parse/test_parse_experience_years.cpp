// Years of experience as the candidate will say them (issue 14): professional
// roles only, overlaps counted once, and the resume's own stated total when
// its summary gives one.
#include <catch2/catch.hpp>

#include "parse/clean_text.h"
#include "parse/experience_years.h"
#include "parse/resume_text.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const char* const kToday = "2026-06-01";

Candidate parse(const std::string& raw) { return test::parse_pasted_resume(raw, kToday); }

Position role(const std::string& title, const std::string& start, const std::string& end) {
    Position p;
    p.company = "Acme";
    p.title = title;
    p.start = start;
    p.end = end;
    return p;
}

}  // namespace

TEST_CASE("years: internships, TA and research assistantships are not professional years") {
    const Knowledge& kb = test::shipped_knowledge();
    const std::vector<Position> new_grad = {
        role("Software Engineer", "2025-09", "present"), role("Software Engineering Intern", "2024-06", "2024-08"),
        role("Teaching Assistant, Data Structures", "2023-09", "2025-05"),
        role("Undergraduate Research Assistant", "2022-01", "2023-05"), role("Co-op Engineer", "2021-06", "2021-12")};
    const auto y = experience_years(kb, new_grad, kToday);
    REQUIRE(y);
    CHECK(*y >= 0.0);
    CHECK(*y <= 1.0);

    const std::vector<Position> students_only = {role("Graduate Teaching Assistant", "2022-09", "2026-05"),
                                                 role("Data Science Intern", "2025-06", "2025-08")};
    CHECK(experience_years(kb, students_only, kToday) == 0.0);
}

TEST_CASE("years: overlapping roles are counted once") {
    const Knowledge& kb = test::shipped_knowledge();
    const std::vector<Position> overlap = {role("Senior Engineer", "2020-06", "2026-05"),
                                           role("Advisor", "2022-01", "2024-12"),
                                           role("Engineer", "2016-06", "2020-05")};
    const auto y = experience_years(kb, overlap, kToday);
    REQUIRE(y);
    CHECK(*y == Approx(10.0).margin(0.5));
}

TEST_CASE("years: the total a summary states, as it states it") {
    const Knowledge& kb = test::shipped_knowledge();
    auto said = [&](const std::string& text) {
        const auto s = stated_years(kb, text);
        return s ? s->said + " = " + std::to_string(static_cast<int>(s->years)) : std::string("none");
    };
    CHECK(said("Platform engineer with 12+ years building payment systems.") == "12+ years = 12");
    CHECK(said("Nurse leader with over a decade in critical care.") == "over a decade = 10");
    CHECK(said("Teacher with ten years in public middle schools.") == "ten years = 10");
    CHECK(said("Engineer with more than 15 years of experience.") == "more than 15 years = 15");
    CHECK(said("Recruiter with nearly two decades in healthcare hiring.") == "nearly two decades = 20");
    CHECK(said("Promoted to senior in 2 years; led migrations over the last 3 years.") == "none");
    CHECK(said("Shipped the first release 5 years ago.") == "none");
    CHECK(said("Account executive who grew ARR 3x over 2 years in enterprise.") == "none");
    CHECK(said("Backend engineer two years out of school, building Go services.") == "two years = 2");
    CHECK(said("Data engineer, 5+ years building pipelines.") == "5+ years = 5");
    CHECK(said("Recruiter (9 years) for clinical roles.") == "9 years = 9");
}

TEST_CASE("years: a resume's own total wins over the dates, and is what the pitch will say") {
    const Candidate c = parse(
        "Dana Reyes\n\nSUMMARY\nBackend engineer with 12+ years building payment systems.\n\n"
        "EXPERIENCE\n"
        "Senior Software Engineer \xE2\x80\x94 Ledgerly\nJan 2019 \xE2\x80\x93 Present\n"
        "- Built the settlement service handling 2M payments a day\n\n"
        "Software Engineer \xE2\x80\x94 Paycrest\nJun 2015 \xE2\x80\x93 Dec 2018\n"
        "- Wrote the reconciliation jobs in Java\n");
    REQUIRE(c.years_stated);
    CHECK(*c.years_stated == "12+ years");
    REQUIRE(c.years_experience);
    CHECK(*c.years_experience == 12.0);

    const Candidate unstated = parse(
        "Dana Reyes\n\nEXPERIENCE\n"
        "Senior Software Engineer \xE2\x80\x94 Ledgerly\nJan 2019 \xE2\x80\x93 Present\n"
        "- Built the settlement service handling 2M payments a day\n\n"
        "Software Engineering Intern \xE2\x80\x94 Paycrest\nJun 2018 \xE2\x80\x93 Aug 2018\n"
        "- Wrote the reconciliation jobs in Java\n");
    CHECK_FALSE(unstated.years_stated);
    REQUIRE(unstated.years_experience);
    CHECK(*unstated.years_experience == Approx(7.4).margin(0.2));
}
