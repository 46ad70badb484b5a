// Evidence by meaning (issue 15): requirement lines are read through the
// skills graph, so a narrower or implying concept the resume names answers
// the line, and the row says how ("Apache Beam → Distributed Data Processing").
#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

using namespace ip;

namespace {

const RequirementFit& row(const Playbook& doc, const std::string& text) {
    for (const Requirement& r : doc.job.requirements)
        if (r.text == text)
            for (const RequirementFit& f : doc.fit.requirements)
                if (f.id == r.id) return f;
    FAIL("no requirement row " << text);
    return doc.fit.requirements.front();
}

std::string note(const RequirementFit& f) { return rich_to_plain(f.note); }

}  // namespace

TEST_CASE("an engineer's Beam, Hadoop, Cassandra and TPU work covers distributed systems and data processing") {
    const GenerateResult r = test::generate_fixture("meaning/engineer-beam-hadoop.txt",
                                                    "meaning/backend-distributed-job.txt");
    REQUIRE(r.ok);
    const RequirementFit& systems = row(r.doc, "Experience building distributed systems");
    CHECK(systems.status == RequirementStatus::Covered);
    CHECK(note(systems).find("Distributed Systems") != std::string::npos);
    const RequirementFit& processing = row(r.doc, "Experience with large-scale data processing");
    CHECK(processing.status == RequirementStatus::Covered);
    INFO(note(processing));
    CHECK(note(processing).find("Apache Beam \u2192 Distributed Data Processing") != std::string::npos);
}

TEST_CASE("PostgreSQL and DynamoDB in bullets cover SQL and NoSQL") {
    const GenerateResult r = test::generate_fixture("meaning/engineer-beam-hadoop.txt",
                                                    "meaning/backend-distributed-job.txt");
    REQUIRE(r.ok);
    const RequirementFit& f = row(r.doc, "Experience with SQL and NoSQL databases");
    INFO(note(f));
    CHECK(f.status == RequirementStatus::Covered);
    CHECK(note(f).find("PostgreSQL \u2192") != std::string::npos);
    CHECK(note(f).find("\u2192 NoSQL") != std::string::npos);
}

TEST_CASE("a clinician's intubation, central lines and ACLS answer the critical-care and life-support lines") {
    const GenerateResult r = test::generate_fixture("meaning/icu-nurse-bsn.txt", "meaning/icu-rn-job.txt");
    REQUIRE(r.ok);
    const RequirementFit& procedures = row(r.doc, "Able to handle intubations and critical care procedures");
    INFO(note(procedures));
    CHECK(procedures.status == RequirementStatus::Covered);
    CHECK(note(procedures).find("Critical-Care Procedures") != std::string::npos);
    // ACLS held shows BLS too; PALS is not on the resume, so the line is partial, not a gap.
    const RequirementFit& life_support = row(r.doc, "Current BLS, ACLS, PALS certifications");
    INFO(note(life_support));
    CHECK(life_support.status == RequirementStatus::Partial);
    CHECK(note(life_support).find("Advanced Cardiovascular Life Support \u2192 Basic Life Support") !=
          std::string::npos);
}

TEST_CASE("a nursing bachelor's answers a Bachelor of Nursing line, not the master's listed first") {
    const GenerateResult r = test::generate_fixture("meaning/icu-nurse-bsn.txt", "meaning/icu-rn-job.txt");
    REQUIRE(r.ok);
    REQUIRE(r.doc.candidate.education.size() == 2);
    const RequirementFit& f = row(r.doc, "4-year Bachelor of Nursing");
    INFO(note(f));
    CHECK(f.status == RequirementStatus::Covered);
    CHECK(f.evidence == std::vector<std::string>{"education1"});
    CHECK(note(f).find("Nursing") != std::string::npos);
    CHECK(note(f).find("Artificial Intelligence") == std::string::npos);
}

TEST_CASE("without the skills graph the same lines are the false gaps the issue reports") {
    // The knowledge base with its graph taken out: concepts, links and edges.
    Knowledge plain = test::knowledge();
    plain.concepts.clear();
    plain.concept_links.clear();
    plain.concept_up.assign(plain.skills.size(), {});
    Inputs in;
    in.resume = test::read_fixture("meaning/engineer-beam-hadoop.txt");
    in.job = test::read_fixture("meaning/backend-distributed-job.txt");
    in.today = "2026-11-26";
    const GenerateResult r = generate_playbook(plain, in);
    REQUIRE(r.ok);
    CHECK(row(r.doc, "Experience with SQL and NoSQL databases").status != RequirementStatus::Covered);
    CHECK(note(row(r.doc, "Experience with large-scale data processing")).find("\u2192") == std::string::npos);
}
