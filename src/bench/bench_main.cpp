// The benchmark tool: median time of each case over repeated runs.
//   bench [--runs N] [--filter TEXT] [--assets DIR] [--fixtures DIR] [--today YYYY-MM-DD]
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "bench/bench_case.h"
#include "bench/bench_timer.h"
#include "core/text.h"

namespace {

struct Args {
    int runs = 50;
    std::string filter;
    std::string assets = IP_SOURCE_ASSETS_DIR;
    std::string fixtures = std::string(IP_SOURCE_ASSETS_DIR) + "/../tests/fixtures";
    std::string today = "2026-05-04";
};

bool parse_args(int argc, char** argv, Args& a) {
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        if (i + 1 >= argc) return false;
        const std::string v = argv[++i];
        if (k == "--runs") a.runs = std::max(1, std::atoi(v.c_str()));
        else if (k == "--filter") a.filter = v;
        else if (k == "--assets") a.assets = v;
        else if (k == "--fixtures") a.fixtures = v;
        else if (k == "--today") a.today = v;
        else return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ip;
    Args args;
    if (!parse_args(argc, argv, args)) {
        std::fprintf(stderr,
                     "usage: bench [--runs N] [--filter TEXT] [--assets DIR] [--fixtures DIR] [--today YYYY-MM-DD]\n");
        return 2;
    }
    Knowledge kb;
    std::string error;
    if (!load_knowledge_dir(args.assets, kb, error)) {
        std::fprintf(stderr, "bench: knowledge base: %s\n", error.c_str());
        return 1;
    }
    const bench::BenchContext ctx{kb, args.fixtures, args.today};
    int failures = 0;
    std::map<std::string, std::vector<double>> group_medians;
    std::printf("%-58s %12s %12s %12s\n", "case", "median us", "min us", "max us");
    for (const bench::BenchCase& c : bench::all_bench_cases(ctx)) {
        if (!args.filter.empty() && !contains(c.name, args.filter)) continue;
        bench::Timing t;
        if (!bench::time_runs(c.run, args.runs, t, error)) {
            std::printf("%-58s FAILED: %s\n", c.name.c_str(), error.c_str());
            ++failures;
            continue;
        }
        std::printf("%-58s %12.1f %12.1f %12.1f\n", c.name.c_str(), t.median_us, t.min_us, t.max_us);
        const size_t slash = c.name.find('/', c.name.find('/') + 1);
        group_medians[c.name.substr(0, slash)].push_back(t.median_us);
    }
    std::printf("\n%-58s %12s %12s %6s\n", "group", "mean of med", "worst med", "cases");
    for (const auto& [group, medians] : group_medians) {
        double sum = 0, worst = 0;
        for (double m : medians) {
            sum += m;
            worst = std::max(worst, m);
        }
        std::printf("%-58s %12.1f %12.1f %6zu\n", group.c_str(), sum / medians.size(), worst, medians.size());
    }
    std::printf("(%d runs per case after one warm-up run)\n", args.runs);
    return failures ? 1 : 0;
}
