// The pipeline and export benchmarks' inputs: every resume of
// tests/fixtures/corpus.json paired with its first own-field job description.
#pragma once
#include <string>
#include <vector>

namespace ip::bench {

struct FixturePair {
    std::string id;           // the resume's id
    std::string resume_file;  // relative to the fixtures folder
    std::string job_file;
    std::string resume;  // bytes
    std::string job;
};

// On failure returns false and sets `error` to one line.
bool load_fixture_pairs(const std::string& fixtures_dir, std::vector<FixturePair>& out, std::string& error);

}  // namespace ip::bench
