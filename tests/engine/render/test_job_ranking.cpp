// One resume, several postings: ranked by fit with the top reasons, gaps and
// candidacy risks side by side (the command line's --job repeated).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "render/job_ranking.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

struct Runs {
    std::vector<std::string> files;
    std::vector<GenerateResult> results;
};

const Runs& runs() {
    static const Runs r = [] {
        Runs out;
        // The own-field job last, so the ranking has to move it.
        out.files = {"jobs/kaiser-icu-rn.txt", "jobs/salesforce-account-executive.txt", "jobs/seed-amazon-sde2.txt"};
        for (const auto& f : out.files) out.results.push_back(generate_fixture("resumes/seed-jordan-chen.txt", f));
        return out;
    }();
    return r;
}

std::vector<RankedJob> ranked() {
    std::vector<RankedJob> jobs;
    for (size_t i = 0; i < runs().files.size(); ++i) {
        REQUIRE(runs().results[i].ok);
        jobs.push_back({runs().files[i], &runs().results[i].doc});
    }
    return rank_jobs(jobs);
}

}  // namespace

TEST_CASE("job ranking: best fit first, the engineer's own posting on top") {
    const auto r = ranked();
    REQUIRE(r.size() == 3);
    CHECK(r.front().file == "jobs/seed-amazon-sde2.txt");
    for (size_t i = 1; i < r.size(); ++i) CHECK(r[i - 1].doc->fit.score >= r[i].doc->fit.score);
}

TEST_CASE("job ranking: equal scores keep the order given") {
    const GenerateResult& amazon = runs().results[2];
    const auto r = rank_jobs({{"b.txt", &amazon.doc}, {"a.txt", &amazon.doc}});
    CHECK(r[0].file == "b.txt");
    CHECK(r[1].file == "a.txt");
}

TEST_CASE("job ranking: JSON has rank, score, reasons, gaps and risks per posting") {
    const auto r = ranked();
    const auto j = nlohmann::json::parse(ranking_json(r));
    CHECK(j["schema"] == "ranking/1");
    CHECK(j["candidate"] == r.front().doc->candidate.name.value_or(""));
    REQUIRE(j["jobs"].size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        const auto& row = j["jobs"][i];
        CHECK(row["rank"] == static_cast<int>(i + 1));
        CHECK(row["file"] == r[i].file);
        CHECK(row["score"] == r[i].doc->fit.score);
        CHECK(row["label"] == r[i].doc->fit.label);
        CHECK(row["reasons"].size() == std::min<size_t>(2, r[i].doc->fit.strengths.size()));
        CHECK(row["risks"].size() == r[i].doc->fit.risks.size());
        CHECK(row["subscores"]["skills"] == r[i].doc->fit.subscores.skills);
    }
    // The nurse posting is another field for an engineer: a career change risk.
    bool change = false;
    for (const auto& row : j["jobs"])
        if (row["file"] == "jobs/kaiser-icu-rn.txt")
            for (const auto& risk : row["risks"]) change = change || risk["kind"] == "career_change";
    CHECK(change);
}

TEST_CASE("job ranking: the text table has one row per posting, in rank order") {
    const auto r = ranked();
    const std::string t = ranking_text(r);
    CHECK(starts_with(t, "# 3 postings ranked by fit"));
    CHECK(contains(t, "| # | Fit | Job | Top reasons | Gaps | Candidacy risks |"));
    size_t at = 0;
    for (size_t i = 0; i < r.size(); ++i) {
        const std::string row = "| " + std::to_string(i + 1) + " | " + std::to_string(r[i].doc->fit.score) + " ";
        const size_t found = t.find(row, at);
        INFO(row);
        REQUIRE(found != std::string::npos);
        CHECK(t.find(r[i].file, found) != std::string::npos);
        at = found + 1;
    }
}
