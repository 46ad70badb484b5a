#include "corpus_playbooks.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace ip::test {

const std::vector<CorpusCase>& corpus_playbooks() {
    static const std::vector<CorpusCase> cases = [] {
        std::vector<CorpusCase> out;
        const auto index = nlohmann::json::parse(read_fixture("corpus.json"), nullptr, false);
        REQUIRE(index.is_object());
        std::map<std::string, std::string> job_files;
        for (const auto& j : index["jobs"]) job_files[j.value("id", "")] = j.value("file", "");
        for (const auto& r : index["resumes"]) {
            std::vector<std::pair<std::string, bool>> jobs;
            for (const auto& j : r["own_jobs"]) jobs.push_back({j.get<std::string>(), true});
            if (!r["other_jobs"].empty()) jobs.push_back({r["other_jobs"][0].get<std::string>(), false});
            for (const auto& [job, own] : jobs) {
                CorpusCase c;
                c.resume = r.value("id", "");
                c.job = job;
                c.own_job = own;
                c.result = generate_fixture(r.value("file", ""), job_files[job]);
                out.push_back(std::move(c));
            }
        }
        return out;
    }();
    return cases;
}

}  // namespace ip::test
