#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/document_json.h"
#include "model/export_format.h"

using namespace ip;

namespace {

// Every value of the set has a distinct name that reads back as that value.
template <class E>
void check_round_trip(size_t size) {
    const auto names = enum_names(E{});
    REQUIRE(names.size() == size);
    for (const EnumName<E>& n : names) {
        CHECK_FALSE(n.name.empty());
        CHECK(name_of(n.value) == n.name);
        CHECK(enum_from_name<E>(n.name) == n.value);
    }
    CHECK_FALSE(enum_from_name<E>("no-such-name"));
}

}  // namespace

TEST_CASE("each closed set's names read back as their values") {
    check_round_trip<RequirementStatus>(3);
    check_round_trip<RequirementKind>(3);
    check_round_trip<QuestionCategory>(5);
    check_round_trip<MetricKind>(11);
    check_round_trip<SeniorityLevel>(9);
    check_round_trip<LogisticsTopic>(8);
    check_round_trip<RequirementAsk>(5);
    check_round_trip<RiskKind>(9);
    CHECK(name_of(RiskKind::PayStepDown) == "pay_step_down");
    CHECK(name_of(QuestionCategory::SystemDesign) == "system_design");
    CHECK(name_of(MetricKind::TimeDelta) == "time_delta");
    CHECK(enum_name_list<RequirementStatus>() == "covered, partial, gap");
}

TEST_CASE("levels are rungs apart on one ladder, management beside it") {
    CHECK(level_distance(SeniorityLevel::Mid, SeniorityLevel::Mid) == 0);
    CHECK(level_distance(SeniorityLevel::Junior, SeniorityLevel::Senior) == 2);
    CHECK(level_distance(SeniorityLevel::Manager, SeniorityLevel::Senior) == 0);
    CHECK(level_distance(SeniorityLevel::Director, SeniorityLevel::Principal) == 0);
    CHECK(level_distance(SeniorityLevel::Executive, SeniorityLevel::Intern) == 6);
}

TEST_CASE("the document writes closed sets by name and reads unknown names as the gentlest value") {
    Playbook doc;
    doc.candidate.seniority = std::nullopt;
    doc.job.level = SeniorityLevel::Staff;
    doc.job.requirements.push_back(
        {"r0", "Go", RequirementKind::Preferred, {}, std::nullopt, std::nullopt, "technical", LogisticsTopic::Travel});
    doc.fit.requirements.push_back({"r0", RequirementStatus::Partial, {}, {}});
    Question q;
    q.category = QuestionCategory::RoleSpecific;
    doc.questions.push_back(q);
    nlohmann::json j = nlohmann::json::parse(playbook_to_json(doc));
    CHECK(j["candidate"]["seniority"] == "");  // the contract's unknown seniority: "", not null
    CHECK(j["job"]["level"] == "staff");
    CHECK(j["job"]["requirements"][0]["kind"] == "preferred");
    CHECK(j["job"]["requirements"][0]["logistics"] == "travel");
    CHECK(j["fit"]["requirements"][0]["status"] == "partial");
    CHECK(j["questions"][0]["category"] == "role_specific");

    Playbook back;
    std::string error;
    REQUIRE(playbook_from_json(j.dump(), back, error));
    CHECK_FALSE(back.candidate.seniority);
    CHECK(back.job.level == SeniorityLevel::Staff);
    CHECK(back.fit.requirements[0].status == RequirementStatus::Partial);
    CHECK(back.questions[0].category == QuestionCategory::RoleSpecific);

    j["candidate"]["seniority"] = "senior";
    j["fit"]["requirements"][0]["status"] = "half-done";
    REQUIRE(playbook_from_json(j.dump(), back, error));
    CHECK(back.candidate.seniority == SeniorityLevel::Senior);
    CHECK(back.fit.requirements[0].status == RequirementStatus::Covered);
    j["fit"]["requirements"][0]["status"] = 3;
    CHECK_FALSE(playbook_from_json(j.dump(), back, error));
}

TEST_CASE("the export table gives each format one id, type and file name") {
    for (const ExportFormatInfo& f : export_formats()) {
        CHECK(find_export_format(f.id) == &f);
        CHECK(&export_format_info(f.format) == &f);
        CHECK(std::string(f.file_suffix).find('.') != std::string::npos);
    }
    CHECK(export_format_info(ExportFormat::ReportPdf).mime_type == std::string("application/pdf"));
    CHECK_FALSE(find_export_format("docx"));
}
