// The analysis reads the resume, not a script: take the seed case, delete the
// resume lines that are the evidence of a covered requirement, and that
// requirement's status must drop.
#include <catch2/catch.hpp>
#include <map>

#include "core/text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

GenerateResult generate_text(const std::string& resume, const std::string& job) {
    Inputs in;
    in.resume = resume;
    in.resume_filename = "resume.txt";
    in.job = job;
    in.job_filename = "job.txt";
    in.today = "2026-11-26";
    return generate_playbook(knowledge(), in);
}

std::string without_lines_containing(const std::string& text, const std::vector<std::string>& needles) {
    std::string out;
    for (const auto& line : split_lines(text)) {
        bool drop = false;
        for (const auto& n : needles)
            if (contains(fold_whitespace(line), n)) drop = true;
        if (!drop) out += line + "\n";
    }
    return out;
}

int rank(RequirementStatus status) {
    return status == RequirementStatus::Covered ? 2 : status == RequirementStatus::Partial ? 1 : 0;
}

}  // namespace

TEST_CASE("analysis sensitivity: removing a requirement's evidence lowers its status") {
    const std::string resume = read_fixture("seed-case/resume.txt");
    const std::string job = read_fixture("seed-case/job.txt");
    const GenerateResult before = generate_text(resume, job);
    REQUIRE(before.ok);

    // Every covered requirement backed by resume bullets only (not the skills list or the summary).
    std::map<std::string, std::string> bullet_text;
    for (const auto& p : before.doc.candidate.positions)
        for (const auto& b : p.bullets) bullet_text[b.id] = fold_whitespace(b.text);
    size_t tried = 0;
    for (const auto& rf : before.doc.fit.requirements) {
        if (rf.status != RequirementStatus::Covered) continue;
        std::vector<std::string> lines;
        bool bullets_only = !rf.evidence.empty();
        for (const auto& e : rf.evidence) {
            auto it = bullet_text.find(e);
            if (it == bullet_text.end()) bullets_only = false;
            else lines.push_back(it->second);
        }
        if (!bullets_only) continue;
        ++tried;
        const GenerateResult after = generate_text(without_lines_containing(resume, lines), job);
        REQUIRE(after.ok);
        int rank_after = 0;  // a requirement no longer read counts as a gap
        for (const auto& f : after.doc.fit.requirements)
            if (f.id == rf.id) rank_after = rank(f.status);
        INFO("requirement " << rf.id << " evidence removed: " << join(lines, " | "));
        CHECK(rank_after < rank(rf.status));
    }
    CHECK(tried >= 1);
}
