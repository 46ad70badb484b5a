// The fit score must discriminate: every resume scores higher against the jobs
// in its own field and level band than against any job in another field, and
// a clear match lands in the high 70s to high 80s, never at 100.
#include <catch2/catch.hpp>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace ip;

namespace {

int score_of(const std::string& resume_file, const std::string& job_file) {
    const GenerateResult r = test::generate_fixture(resume_file, job_file);
    INFO(resume_file << " x " << job_file << ": " << r.error);
    REQUIRE(r.ok);
    return r.doc.fit.score;
}

}  // namespace

TEST_CASE("own-field jobs outrank other-field jobs for every resume in the corpus") {
    const auto corpus = nlohmann::json::parse(test::read_fixture("corpus.json"));
    std::map<std::string, std::string> job_files;
    for (const auto& j : corpus["jobs"]) job_files[j["id"].get<std::string>()] = j["file"].get<std::string>();

    int resumes = 0, own_total = 0, own_count = 0, other_total = 0, other_count = 0;
    for (const auto& r : corpus["resumes"]) {
        const std::string resume = r["file"].get<std::string>();
        int own_min = 101, other_max = -1;
        std::string line = r["id"].get<std::string>() + ": own";
        for (const auto& id : r["own_jobs"]) {
            const int s = score_of(resume, job_files.at(id.get<std::string>()));
            own_min = std::min(own_min, s);
            own_total += s;
            ++own_count;
            line += " " + std::to_string(s);
        }
        line += " | other";
        for (const auto& id : r["other_jobs"]) {
            const int s = score_of(resume, job_files.at(id.get<std::string>()));
            other_max = std::max(other_max, s);
            other_total += s;
            ++other_count;
            line += " " + std::to_string(s);
        }
        std::cout << line << "\n";
        INFO(line);
        if (own_min <= 100 && other_max >= 0) CHECK(own_min > other_max);
        CHECK(own_min < 100);
        ++resumes;
    }
    std::cout << "fit discrimination: " << resumes << " resumes, mean own-field score "
              << (own_count ? own_total / own_count : 0) << ", mean other-field score "
              << (other_count ? other_total / other_count : 0) << "\n";
    CHECK(resumes >= 25);
}
