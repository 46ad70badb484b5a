#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/bench_case.h"
#include "core/text.h"

namespace ip::bench {

std::vector<BenchCase> all_bench_cases(const BenchContext& ctx) {
    std::vector<BenchCase> cases;
    add_parse_cases(ctx, cases);
    add_pipeline_cases(ctx, cases);
    add_export_cases(ctx, cases);
    return cases;
}

std::vector<std::string> fixture_files(const std::string& fixtures_dir, const std::string& sub) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(fixtures_dir + "/" + sub, ec)) {
        const std::string path = e.path().string();
        if (e.is_regular_file() && !ends_with(path, ".labels.json")) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_fixture(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ip::bench
