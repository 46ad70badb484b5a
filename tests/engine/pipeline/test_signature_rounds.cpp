// Each field's twelve likely questions always include its signature rounds
// (issue 17): a teacher is asked about the demo lesson, a designer about the
// portfolio review and the design exercise, a nurse gets clinical scenarios,
// a PM product sense, execution and estimation. Checked over every playbook
// of the labelled corpus and every real posting in tests/fixtures/real.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "analyze/analysis.h"
#include "compose/question_bank.h"
#include "corpus_playbooks.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

// The signature rounds of the job's family (at the job's level) that no
// question is labelled with. A round the bank names needs one of its own bank
// questions: a question written from the resume or the JD wears its
// category's round label but is not that round's own scenario.
std::vector<std::string> missing_rounds(const Playbook& doc, std::string& family) {
    const Knowledge& kb = knowledge();
    const Analysis a = build_analysis(kb, doc);
    std::vector<std::string> missing;
    if (!a.job_family) return {"(no family)"};
    family = a.job_family->id;
    const std::string level = bank_level(a.job_level);
    for (const InterviewRound& r : a.job_family->rounds) {
        if (!r.signature) continue;
        if (!r.levels.empty() && std::find(r.levels.begin(), r.levels.end(), level) == r.levels.end()) continue;
        const bool named = round_is_named(kb, *a.job_family, r);
        bool asked = false;
        for (const auto& q : doc.questions)
            asked = asked || (q.round == r.name && (!named || q.source == "role" || q.source == "company"));
        if (!asked) missing.push_back(r.name);
    }
    return missing;
}

// Every real posting against the first real resume (the resume does not change the rounds).
std::vector<std::pair<std::string, GenerateResult>> real_playbooks() {
    namespace fs = std::filesystem;
    std::vector<std::string> jobs;
    for (const auto& e : fs::directory_iterator(fixture_path("real/jobs"))) {
        const std::string name = e.path().filename().string();
        if (name.size() < 11 || name.compare(name.size() - 11, 11, "labels.json") != 0) jobs.push_back(name);
    }
    std::sort(jobs.begin(), jobs.end());
    std::vector<std::pair<std::string, GenerateResult>> out;
    for (const auto& j : jobs)
        out.push_back({j, generate_fixture("real/resumes/chris-mears-data-engineer.json", "real/jobs/" + j)});
    return out;
}

}  // namespace

TEST_CASE("every corpus playbook asks its family's signature rounds") {
    std::set<std::string> families;
    size_t checked = 0;
    for (const auto& c : corpus_playbooks()) {
        REQUIRE(c.result.ok);
        std::string family;
        const auto missing = missing_rounds(c.result.doc, family);
        INFO(c.name() << " (" << family << ")");
        CHECK(missing.empty());
        for (const auto& m : missing) UNSCOPED_INFO("missing round: " << m);
        CHECK(c.result.doc.questions.size() == 12);
        families.insert(family);
        ++checked;
    }
    // The corpus reaches the fields the rounds were written for.
    for (const char* f : {"healthcare", "teaching", "design", "product", "data_science", "software"})
        CHECK(families.count(f));
    CHECK(checked >= 30);
}

TEST_CASE("every real posting's playbook asks its family's signature rounds") {
    size_t checked = 0;
    for (const auto& [job, r] : real_playbooks()) {
        REQUIRE(r.ok);
        std::string family;
        const auto missing = missing_rounds(r.doc, family);
        INFO(job << " (" << family << ")");
        for (const auto& m : missing) UNSCOPED_INFO("missing round: " << m);
        CHECK(missing.empty());
        ++checked;
    }
    CHECK(checked >= 70);
}
