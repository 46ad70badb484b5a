#include <catch2/catch.hpp>

#include "parse/seniority.h"

using namespace ip;

namespace {
std::string level(const std::string& title) {
    const auto l = title_level(title);
    return l ? std::string(name_of(*l)) : "none";
}
}  // namespace

TEST_CASE("levels from job titles") {
    CHECK(level("Software Development Engineer II") == "mid");
    CHECK(level("SDE II") == "mid");
    CHECK(level("Security Engineer III - Cloud Security") == "mid");
    CHECK(level("Senior Software Engineer") == "senior");
    CHECK(level("Sr. Data Analyst") == "senior");
    CHECK(level("Staff Software Engineer, Ledger Infrastructure") == "staff");
    CHECK(level("Principal Software Engineer") == "principal");
    CHECK(level("Engineering Manager, Streaming Data Platform") == "manager");
    CHECK(level("Senior Product Manager") == "senior");
    CHECK(level("Product Manager") == "none");
    CHECK(level("DIRECTOR OF ENGINEERING") == "director");
    CHECK(level("Head of Data") == "director");
    CHECK(level("VP of Engineering") == "executive");
    CHECK(level("Account Executive, Mid-Market") == "none");
    CHECK(level("Software Engineering Intern") == "intern");
    CHECK(level("Software Engineer I") == "junior");
    CHECK(level("Associate Product Manager, University Graduate") == "junior");
    CHECK(level("Financial Planning & Analysis - Associate") == "mid");
    CHECK(level("Software Engineer, Early Career (L3)") == "junior");
    CHECK(level("Senior Data Scientist (L5), Experimentation Platform") == "senior");
    CHECK(level("Staff Accountant") == "none");
    CHECK(level("Entry-Level Data Analyst") == "junior");
    CHECK(level("Internal Tools Engineer") == "none");
    CHECK(level("Lead Software Engineer") == "senior");
    CHECK(level("Software Engineer IV") == "senior");
}

TEST_CASE("nurses' levels: the clinical ladder, charge and staff nurses") {
    CHECK(level("RN II, Medical-Surgical") == "mid");
    CHECK(level("Registered Nurse III") == "mid");
    CHECK(level("RN IV - Clinical Ladder") == "senior");
    CHECK(level("Charge Nurse, Cardiac ICU") == "senior");
    CHECK(level("Staff Nurse") == "none");  // the years decide
    CHECK(level("Nurse Manager") == "manager");
    CHECK(level("New Grad RN Residency") == "junior");
}

TEST_CASE("levels from years when the title has none") {
    CHECK(level_from_years(1.5) == SeniorityLevel::Junior);
    CHECK(level_from_years(4.0) == SeniorityLevel::Mid);
    CHECK(level_from_years(9.0) == SeniorityLevel::Senior);
}
