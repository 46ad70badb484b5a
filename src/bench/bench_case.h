// A benchmark case: a name ("parse/resume/seed-jordan-chen.txt") and the work
// to time. Cases are grouped by the prefix before the first '/'; each group
// lives in its own file and is listed in bench_registry.cpp.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip::bench {

struct BenchContext {
    const Knowledge& kb;
    std::string fixtures_dir;  // tests/fixtures
    std::string today;         // YYYY-MM-DD, fixed so runs compare
};

struct BenchCase {
    std::string name;
    // One run of the work; false (with `error` set) when it fails.
    std::function<bool(std::string& error)> run;
    // Untimed set-up before every run (e.g. a fresh copy of the input document).
    std::function<void()> prepare = {};
    // Caps the number of timed runs for a slow case; 0: as many as --runs.
    int max_runs = 0;
};

// Every case, in a stable order.
std::vector<BenchCase> all_bench_cases(const BenchContext& ctx);

// The groups (one file each).
void add_parse_cases(const BenchContext& ctx, std::vector<BenchCase>& out);
void add_pipeline_cases(const BenchContext& ctx, std::vector<BenchCase>& out);  // pipeline_cases.cpp
void add_export_cases(const BenchContext& ctx, std::vector<BenchCase>& out);    // pipeline_cases.cpp
// One line with the byte sizes of the PDF exports for the pair `pair_id`.
void print_export_sizes(const BenchContext& ctx, const std::string& pair_id);  // pipeline_cases.cpp

// Fixture files under `fixtures_dir/sub` (not labels), sorted by name.
std::vector<std::string> fixture_files(const std::string& fixtures_dir, const std::string& sub);
std::string read_fixture(const std::string& path);

}  // namespace ip::bench
