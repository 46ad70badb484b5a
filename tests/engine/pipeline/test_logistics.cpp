// Logistics lines (schedule, location, commitment, eligibility, travel, pay)
// are terms of the job, not skills: never scored, never a gap, never given a
// bridge script, and listed under "Things to settle" with what to ask or say.
#include <catch2/catch.hpp>
#include <string>

#include "model/document_json.h"
#include "parse/requirement_facts.h"
#include "render/render.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

struct Line {
    const char* text;
    LogisticsTopic topic;
};

const Line kLogistics[] = {
    {"Full-time", LogisticsTopic::Schedule},
    {"Must be willing to relocate to Austin", LogisticsTopic::Location},
    {"3-year initial commitment", LogisticsTopic::Commitment},
    {"Must be authorized to work in the US", LogisticsTopic::Authorization},
    {"Travel up to 25%", LogisticsTopic::Travel},
    {"Rotating night shifts", LogisticsTopic::Schedule},
    {"Salary $64,000 - $79,000", LogisticsTopic::Pay},
};

// The ICU posting with the logistics lines among its basic qualifications.
std::string posting_with_logistics() {
    std::string job = read_fixture("jobs/kaiser-icu-rn.txt");
    std::string lines;
    for (const Line& l : kLogistics) lines += std::string(l.text) + "\n";
    const std::string heading = "Basic Qualifications:\n";
    const size_t at = job.find(heading);
    REQUIRE(at != std::string::npos);
    job.insert(at + heading.size(), lines);
    return job;
}

}  // namespace

TEST_CASE("logistics: each kind of terms line is classified, work lines are not") {
    for (const Line& l : kLogistics) {
        INFO(l.text);
        const auto topic = logistics_topic(test::knowledge(), l.text);
        REQUIRE(topic.has_value());
        CHECK(*topic == l.topic);
    }
    // Lines about the work that share a word with a logistics cue.
    for (const char* work : {
             "Assesses, plans, implements and evaluates care for 1-2 critically ill adult patients per shift.",
             "Lead daily distribution center operations across receiving, picking and shipping for your shift",
             "Negotiate and close offers in line with compensation guidelines",
             "Own our paid acquisition and lifecycle marketing plan and a budget of roughly $5M a year",
             "Build remote patient monitoring tools with the clinical team",
             "Run salary benchmarking and pay equity analysis for 3,000 employees",
             "5+ years of experience building distributed systems",
         }) {
        INFO(work);
        CHECK_FALSE(logistics_topic(test::knowledge(), work).has_value());
    }
}

TEST_CASE("logistics: never a gap or a script, always under Things to settle with what to ask or say") {
    Inputs in;
    in.resume = read_fixture("resumes/grace-nwosu.txt");
    in.resume_filename = "grace-nwosu.txt";
    in.job = posting_with_logistics();
    in.job_filename = "kaiser-logistics.txt";
    in.today = "2026-12-07";
    const GenerateResult r = generate_playbook(knowledge(), in);
    REQUIRE(r.ok);
    const Playbook& d = r.doc;

    size_t found = 0;
    for (const Requirement& req : d.job.requirements) {
        if (!req.logistics) continue;
        ++found;
        INFO(req.text);
        CHECK_FALSE(req.years.has_value());  // "3-year initial commitment" asks for no experience
        for (const auto& g : d.fit.gaps) CHECK(g.requirement != req.id);
        for (const auto& s : d.gap_scripts) CHECK(s.requirement != req.id);
        for (const auto& row : d.fit.requirements) CHECK(row.id != req.id);  // not scored in the requirement check
        for (const auto& row : d.decode) CHECK(row.said != req.id);
        const SettleItem* item = nullptr;
        for (const auto& s : d.fit.to_settle)
            for (const auto& id : s.requirements)
                if (id == req.id) item = &s;
        REQUIRE(item != nullptr);
        CHECK(item->topic == *req.logistics);
        CHECK_FALSE(rich_to_plain(item->say).empty());
    }
    // Every line placed before the pay line is read as a requirement (the pay
    // line opens the posting's pay section, so it may not be).
    CHECK(found >= 6);

    const std::string md = render_markdown(d);
    const size_t settle = md.find("### Things to settle");
    REQUIRE(settle != std::string::npos);
    CHECK(md.find("Must be willing to relocate to Austin", settle) != std::string::npos);
    CHECK(md.find("3-year initial commitment", settle) != std::string::npos);
    const std::string json = playbook_to_json(d);
    CHECK(json.find("\"to_settle\"") != std::string::npos);
    CHECK(json.find("\"logistics\": \"commitment\"") != std::string::npos);
}

TEST_CASE("logistics: a posting without terms lines has nothing to settle") {
    const GenerateResult r = generate_fixture("resumes/seed-jordan-chen.txt", "jobs/seed-amazon-sde2.txt");
    REQUIRE(r.ok);
    CHECK(r.doc.fit.to_settle.empty());
}
