#include "test_support.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace ip::test {

const Knowledge& knowledge() {
    static Knowledge kb;
    static std::string error;
    static const bool ok = load_knowledge_dir(IP_SOURCE_ASSETS_DIR, kb, error);
    INFO(error);
    REQUIRE(ok);
    return kb;
}

std::string fixture_path(const std::string& relative) { return std::string(IP_TEST_FIXTURES_DIR) + "/" + relative; }

std::string read_fixture(const std::string& relative) {
    std::ifstream in(fixture_path(relative), std::ios::binary);
    INFO("fixture " << relative);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

GenerateResult generate_fixture(const std::string& resume, const std::string& job, const std::string& today) {
    Inputs in;
    in.resume = read_fixture(resume);
    in.resume_filename = resume;
    in.job = read_fixture(job);
    in.job_filename = job;
    in.today = today;
    return generate_playbook(knowledge(), in);
}

}  // namespace ip::test
