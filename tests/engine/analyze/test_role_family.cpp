// Role routing against the real roles.json: a job title must land in the
// family whose question bank fits the job, and no title may be claimed by two
// families (the knowledge check of December 2026 found nursing questions sent
// to pharmacists, product-sense questions to TPMs and UX research to graphic
// designers).
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "analyze/role_family.h"
#include "test_support.h"

using namespace ip;

namespace {

std::string family_of(const std::string& title, const std::vector<std::string>& skills = {}) {
    const RoleFamily* family = family_for_title(test::knowledge(), title, skills);
    REQUIRE(family != nullptr);
    return family->id;
}

// Display names of a family's core skills, the way the job reader reports them.
std::vector<std::string> core_skill_names(const std::string& family_id) {
    const Knowledge& kb = test::knowledge();
    const RoleFamily* family = kb.role(family_id);
    REQUIRE(family != nullptr);
    std::vector<std::string> names;
    for (const std::string& id : family->core_skills)
        if (const SkillDef* s = kb.skill(id)) names.push_back(s->name);
    REQUIRE(!names.empty());
    return names;
}

struct Case {
    const char* title;
    const char* family;
};

}  // namespace

TEST_CASE("bedside and hands-on care titles route to the nursing family") {
    const Case cases[] = {{"Registered Nurse", "healthcare"},
                          {"ICU Registered Nurse - Night Shift", "healthcare"},
                          {"RN, Medical-Surgical Unit", "healthcare"},
                          {"Charge Nurse", "healthcare"},
                          {"Licensed Vocational Nurse (LVN)", "healthcare"},
                          {"Nurse Practitioner, Urgent Care", "healthcare"},
                          {"Certified Nursing Assistant", "healthcare"},
                          {"CNA - Long Term Care", "healthcare"},
                          {"Home Health Aide", "healthcare"},
                          {"Medical Assistant", "healthcare"},
                          {"Physician Assistant, Hospital Medicine", "healthcare"},
                          {"Respiratory Therapist", "healthcare"}};
    for (const Case& c : cases) {
        INFO(c.title);
        CHECK(family_of(c.title) == c.family);
    }
}

TEST_CASE("clinical titles whose work is not bedside care stay out of the nursing family") {
    // No family has a bank for these; they get the general one rather than
    // shift handoffs and unit staffing.
    const char* titles[] = {"Clinical Research Associate",
                            "Clinical Research Coordinator",
                            "Clinical Data Manager",
                            "Clinical Trial Manager",
                            "Pharmacist",
                            "Clinical Pharmacist",
                            "Physical Therapist",
                            "Marriage and Family Therapist",
                            "Massage Therapist"};
    const std::vector<std::string> clinical_skills = core_skill_names("healthcare");
    for (const char* title : titles) {
        INFO(title);
        CHECK(family_of(title) != "healthcare");
        // A job that lists HIPAA or EHR work must not tip the title into nursing either.
        CHECK(family_of(title, clinical_skills) != "healthcare");
    }
}

TEST_CASE("program managers are not routed to product management") {
    const char* titles[] = {"Technical Program Manager", "Senior Technical Program Manager, Infrastructure",
                            "TPM, Payments", "Program Manager", "Program Manager II"};
    for (const char* title : titles) {
        INFO(title);
        CHECK(family_of(title) != "product");
        CHECK(family_of(title, core_skill_names("product")) != "product");
    }
    CHECK(family_of("Technical Program Manager") == "general");
    CHECK(family_of("Program Manager") == "general");
    // Product titles themselves still route to product.
    CHECK(family_of("Senior Product Manager") == "product");
    CHECK(family_of("Product Owner") == "product");
}

TEST_CASE("graphic designers do not get the UX research and product design bank") {
    CHECK(family_of("Graphic Designer") == "general");
    CHECK(family_of("Senior Graphic Designer", core_skill_names("design")) == "general");
    CHECK(family_of("Product Designer") == "design");
    CHECK(family_of("UX Designer") == "design");
}

TEST_CASE("a platform engineer lands in one family whatever skills the job lists") {
    CHECK(family_of("Platform Engineer") == "sre");
    CHECK(family_of("Platform Engineer", core_skill_names("software")) == "sre");
    CHECK(family_of("Senior Platform Engineer", core_skill_names("sre")) == "sre");
    // Neighbouring titles keep their own families.
    CHECK(family_of("Software Engineer, Platform") == "software");
    CHECK(family_of("Data Platform Engineer") == "data_engineering");
    CHECK(family_of("Site Reliability Engineer") == "sre");
}

TEST_CASE("classroom teaching titles route to the teaching family") {
    const Case cases[] = {{"Middle School Science Teacher (Grades 6-8)", "teaching"},
                          {"Special Education Teacher", "teaching"},
                          {"Kindergarten Teacher", "teaching"},
                          {"Lead Teacher, Infant Room", "teaching"},
                          {"Associate Teacher, Preschool", "teaching"},
                          {"Teaching Assistant", "teaching"},
                          {"Teacher Assistant - Grade 2", "teaching"},
                          {"Math Tutor", "teaching"},
                          {"Early Childhood Educator", "teaching"},
                          {"Paraprofessional, Special Education", "teaching"},
                          {"Reading Specialist", "teaching"},
                          {"Instructional Coach", "teaching"}};
    for (const Case& c : cases) {
        INFO(c.title);
        CHECK(family_of(c.title) == c.family);
    }
}

TEST_CASE("instructors, lecturers and clinical educators are not sent to classroom teaching") {
    // Their interviews are not about IEPs, families or lockdown drills.
    const char* titles[] = {"Flight Instructor",      "Fitness Instructor", "University Lecturer",
                            "Instructional Designer", "Health Educator",    "Corporate Trainer"};
    const std::vector<std::string> classroom_skills = core_skill_names("teaching");
    for (const char* title : titles) {
        INFO(title);
        CHECK(family_of(title) != "teaching");
        CHECK(family_of(title, classroom_skills) != "teaching");
    }
    CHECK(family_of("Nurse Educator") == "healthcare");
    CHECK(family_of("Clinical Nurse Educator, ICU") == "healthcare");
    // The general keywords inside teaching titles do not pull them back to general.
    CHECK(family_of("Teaching Assistant") != "general");
    CHECK(family_of("Associate Teacher") != "general");
}

TEST_CASE("a financial planning and analysis associate is a finance job, not a general one") {
    CHECK(family_of("Corporate Planning & Management, Financial Planning & Analysis - Associate") == "finance");
    // "associate" and "manager" are general keywords longer than "fp&a".
    CHECK(family_of("FP&A Associate") == "finance");
    CHECK(family_of("Senior FP&A Manager") == "finance");
}

TEST_CASE("no title keyword belongs to two role families") {
    std::map<std::string, std::string> owner;
    for (const RoleFamily& family : test::knowledge().roles)
        for (const std::string& keyword : family.title_keywords) {
            INFO(keyword << " in " << family.id);
            const auto [it, inserted] = owner.emplace(keyword, family.id);
            CHECK((inserted || it->second == family.id));
        }
}
