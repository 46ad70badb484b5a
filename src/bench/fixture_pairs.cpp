#include "bench/fixture_pairs.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace ip::bench {

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

bool load_fixture_pairs(const std::string& fixtures_dir, std::vector<FixturePair>& out, std::string& error) {
    std::string text;
    const std::string index = fixtures_dir + "/corpus.json";
    if (!read_file(index, text)) {
        error = "cannot read " + index;
        return false;
    }
    auto corpus = nlohmann::json::parse(text, nullptr, false);
    if (corpus.is_discarded() || !corpus.contains("resumes") || !corpus.contains("jobs")) {
        error = index + " is not the corpus index (docs in tests/fixtures/README.md)";
        return false;
    }
    std::map<std::string, std::string> job_files;
    for (const auto& job : corpus["jobs"]) job_files[job.value("id", "")] = job.value("file", "");
    for (const auto& resume : corpus["resumes"]) {
        FixturePair pair;
        pair.id = resume.value("id", "");
        pair.resume_file = resume.value("file", "");
        if (!resume.contains("own_jobs") || !resume["own_jobs"].is_array() || resume["own_jobs"].empty()) continue;
        pair.job_file = job_files[resume["own_jobs"][0].get<std::string>()];
        if (!read_file(fixtures_dir + "/" + pair.resume_file, pair.resume) ||
            !read_file(fixtures_dir + "/" + pair.job_file, pair.job)) {
            error = "cannot read the fixture pair " + pair.resume_file + " + " + pair.job_file;
            return false;
        }
        out.push_back(std::move(pair));
    }
    if (out.empty()) {
        error = index + " lists no resume with an own-field job";
        return false;
    }
    return true;
}

}  // namespace ip::bench
