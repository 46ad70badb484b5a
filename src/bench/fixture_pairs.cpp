#include "bench/fixture_pairs.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "bench/bench_case.h"

namespace ip::bench {

bool load_fixture_pairs(const std::string& fixtures_dir, std::vector<FixturePair>& out, std::string& error) {
    const std::string index = fixtures_dir + "/corpus.json";
    auto corpus = nlohmann::json::parse(read_fixture(index), nullptr, false);
    if (corpus.is_discarded() || !corpus.is_object() || !corpus.contains("resumes") || !corpus.contains("jobs")) {
        error = index + " is missing or is not the corpus index (tests/fixtures/README.md)";
        return false;
    }
    std::map<std::string, std::string> job_files;
    for (const auto& job : corpus["jobs"]) job_files[job.value("id", "")] = job.value("file", "");
    for (const auto& resume : corpus["resumes"]) {
        const auto own = resume.value("own_jobs", nlohmann::json::array());
        if (own.empty() || !own[0].is_string()) continue;
        FixturePair pair;
        pair.id = resume.value("id", "");
        pair.resume_file = resume.value("file", "");
        pair.job_file = job_files[own[0].get<std::string>()];
        const std::string resume_path = fixtures_dir + "/" + pair.resume_file;
        const std::string job_path = fixtures_dir + "/" + pair.job_file;
        if (!std::filesystem::is_regular_file(resume_path) || !std::filesystem::is_regular_file(job_path)) {
            error = "cannot read the fixture pair " + pair.resume_file + " + " + pair.job_file;
            return false;
        }
        pair.resume = read_fixture(resume_path);
        pair.job = read_fixture(job_path);
        out.push_back(std::move(pair));
    }
    if (out.empty()) {
        error = index + " lists no resume with an own-field job";
        return false;
    }
    return true;
}

}  // namespace ip::bench
