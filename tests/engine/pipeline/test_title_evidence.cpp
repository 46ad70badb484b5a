// A title held is evidence of its work: a "Charge Nurse" whose bullets never
// say "charge" has still run shifts, and a job asking for charge nurse
// experience must not call it a gap.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "model/rich_text.h"
#include "render/doc_lookup.h"
#include "render/render.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

const char* kResume =
    "Maria Lopez, RN\n"
    "maria.lopez@example.com\n"
    "\n"
    "EXPERIENCE\n"
    "Charge Nurse, St. Anne Hospital, 2021 - Present\n"
    "- Kept a 24-bed medical-surgical unit staffed through two flu seasons\n"
    "- Cut call-light response time from 6 to 3 minutes\n"
    "Staff Nurse, Lakeview Clinic, 2017 - 2021\n"
    "- Cared for 5 to 6 post-operative patients a shift\n";

const char* kJob =
    "Registered Nurse - Medical/Surgical\n"
    "Riverside Health\n"
    "\n"
    "Requirements:\n"
    "- Experience as a charge nurse\n"
    "- Current BLS certification\n";

GenerateResult generate() {
    Inputs in;
    in.resume = kResume;
    in.resume_filename = "maria-lopez.txt";
    in.job = kJob;
    in.job_filename = "riverside-rn.txt";
    in.today = "2026-12-07";
    return generate_playbook(knowledge(), in);
}

}  // namespace

TEST_CASE("title evidence: the title held answers a line no bullet names") {
    const GenerateResult r = generate();
    REQUIRE(r.ok);
    const Playbook& d = r.doc;
    const auto req = std::find_if(d.job.requirements.begin(), d.job.requirements.end(), [](const Requirement& q) {
        return q.text.find("charge nurse") != std::string::npos;
    });
    REQUIRE(req != d.job.requirements.end());
    const auto fit = std::find_if(d.fit.requirements.begin(), d.fit.requirements.end(),
                                  [&](const RequirementFit& f) { return f.id == req->id; });
    REQUIRE(fit != d.fit.requirements.end());
    CHECK(fit->status == RequirementStatus::Covered);
    REQUIRE(std::find(fit->evidence.begin(), fit->evidence.end(), "position0") != fit->evidence.end());
    const std::string note = rich_to_plain(fit->note);
    CHECK(note.find("Charge Nurse") != std::string::npos);
    CHECK(note.find("St. Anne Hospital") != std::string::npos);
    for (const Gap& g : d.fit.gaps) CHECK(g.requirement != req->id);

    // The id resolves to the title and where it was held.
    const EvidenceRef ref = describe_evidence(d, "position0");
    CHECK(ref.quote == "Charge Nurse");
    CHECK(ref.where.find("St. Anne Hospital") != std::string::npos);
    CHECK(describe_evidence(d, "position9").quote.empty());

    // The candidate's skill keeps its evidence in document order: the title
    // after any bullet, before the summary and the skills section.
    const auto skill = std::find_if(d.candidate.skills.begin(), d.candidate.skills.end(),
                                    [](const SkillRef& s) { return s.name == "Nurse Leadership"; });
    REQUIRE(skill != d.candidate.skills.end());
    CHECK(skill->evidence.front() == "position0");
}

TEST_CASE("title evidence: the Markdown shows the title as the line's evidence") {
    const GenerateResult r = generate();
    REQUIRE(r.ok);
    const std::string md = render_markdown(r.doc);
    CHECK(md.find("Your title says it: Charge Nurse at St. Anne Hospital.") != std::string::npos);
    CHECK(md.find("Nurse leadership not yet shown") == std::string::npos);
}

// A credential held answers a line that asks for it: the teacher's clear
// California credential, listed under "Credentials", is no gap.
TEST_CASE("credential evidence: a credential held answers the line that asks for it") {
    const GenerateResult r = generate_fixture("resumes/laura-mitchell.txt", "jobs/cedar-ridge-science-teacher.txt");
    REQUIRE(r.ok);
    const Playbook& d = r.doc;
    const auto req = std::find_if(d.job.requirements.begin(), d.job.requirements.end(), [](const Requirement& q) {
        return q.text.find("Single Subject Teaching Credential") != std::string::npos;
    });
    REQUIRE(req != d.job.requirements.end());
    const auto fit = std::find_if(d.fit.requirements.begin(), d.fit.requirements.end(),
                                  [&](const RequirementFit& f) { return f.id == req->id; });
    REQUIRE(fit != d.fit.requirements.end());
    CHECK(fit->status == RequirementStatus::Covered);
    REQUIRE(std::find(fit->evidence.begin(), fit->evidence.end(), "certification0") != fit->evidence.end());
    CHECK(rich_to_plain(fit->note).find("You hold it: California Single Subject Teaching Credential") !=
          std::string::npos);
    for (const Gap& g : d.fit.gaps) CHECK(g.requirement != req->id);
    CHECK(describe_evidence(d, "certification0").quote.find("Teaching Credential") != std::string::npos);
}

// A credential not held yet ("CFA Level II Candidate") answers a line that
// asks for progress, in the resume's own words, and no line that asks for the
// credential itself.
TEST_CASE("credential evidence: a credential in progress answers only a line asking for progress") {
    const GenerateResult r = generate_fixture("resumes/hiroshi-tanaka.txt", "jobs/goldman-fpa-associate.txt");
    REQUIRE(r.ok);
    const Playbook& d = r.doc;
    const auto req = std::find_if(d.job.requirements.begin(), d.job.requirements.end(),
                                  [](const Requirement& q) { return q.text == "CPA or CFA progress"; });
    REQUIRE(req != d.job.requirements.end());
    const auto fit = std::find_if(d.fit.requirements.begin(), d.fit.requirements.end(),
                                  [&](const RequirementFit& f) { return f.id == req->id; });
    REQUIRE(fit != d.fit.requirements.end());
    CHECK(fit->status == RequirementStatus::Covered);
    CHECK(rich_to_plain(fit->note) == "You are on the way: CFA Level II Candidate.");

    Inputs in;
    in.resume = read_fixture("resumes/hiroshi-tanaka.txt");
    in.job = "Financial Analyst\nNorthgate Capital\n\nRequirements:\n- CFA charter holder\n";
    in.today = "2026-12-07";
    const GenerateResult held = generate_playbook(knowledge(), in);
    REQUIRE(held.ok);
    REQUIRE_FALSE(held.doc.fit.requirements.empty());
    for (const RequirementFit& f : held.doc.fit.requirements) CHECK(f.status != RequirementStatus::Covered);
}
