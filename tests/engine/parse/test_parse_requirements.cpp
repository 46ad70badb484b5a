#include <catch2/catch.hpp>

#include "parse/requirement_facts.h"
#include "test_support.h"

using namespace ip;

TEST_CASE("years asked for") {
    CHECK(years_asked("5+ years of experience with Python") == 5);
    CHECK(years_asked("3-5 years in product management") == 3);
    CHECK(years_asked("At least 7 years of industry experience") == 7);
    CHECK(years_asked("Minimum two (2) years of acute care RN experience") == 2);
    CHECK(years_asked("Two or more years of middle school teaching experience.") == 2);
    CHECK(years_asked("2 years' supervisory experience") == 2);
    CHECK(years_asked("10+ yrs building distributed systems") == 10);
    CHECK_FALSE(years_asked("Experience with Kubernetes at scale"));
    CHECK_FALSE(years_asked("ICU experience within the last three years"));
}

TEST_CASE("degrees asked for: the lowest one the line accepts") {
    CHECK(degree_asked("Bachelor's degree in Computer Science or equivalent") == std::string("bachelor"));
    CHECK(degree_asked("BS, MS or PhD in Computer Science") == std::string("bachelor"));
    CHECK(degree_asked("Master's degree or PhD preferred") == std::string("master"));
    CHECK(degree_asked("PhD in Statistics") == std::string("phd"));
    CHECK(degree_asked("MBA or equivalent business experience") == std::string("master"));
    CHECK(degree_asked("Degree in Statistics, Economics or another quantitative field") == std::string("bachelor"));
    CHECK_FALSE(degree_asked("Serve p99 under 50 ms"));
    CHECK_FALSE(degree_asked("Strong written communication"));
}

TEST_CASE("a requirement line that marks itself preferred") {
    CHECK(marks_itself_preferred(test::knowledge(), "Experience with Kafka is a plus"));
    CHECK(marks_itself_preferred(test::knowledge(), "AWS certification (preferred)"));
    CHECK(marks_itself_preferred(test::knowledge(), "Ideally, experience in fintech"));
    CHECK_FALSE(marks_itself_preferred(test::knowledge(), "5+ years of Java"));
}

TEST_CASE("competency classes") {
    CHECK(competency_of("Bachelor's degree in Computer Science", {}) == "education");
    CHECK(competency_of("CCRN certification.", {}) == "education");
    CHECK(competency_of("Lead technical design reviews and mentor junior engineers", {}) == "leadership");
    CHECK(competency_of("Excellent written and verbal communication", {}) == "communication");
    CHECK(competency_of("Collaborate cross-functionally with product managers and designers", {}) == "communication");
    CHECK(competency_of("Experience with payments, e-commerce or marketplace products", {}) == "domain");
    CHECK(competency_of("Demonstrated alignment with Amazon's Leadership Principles", {}) == "values");
    CHECK(competency_of("Proficiency in Java or Python for production systems", {"Java", "Python"}) == "technical");
    CHECK(competency_of("Strong understanding of data structures and algorithms", {}) == "technical");
}
