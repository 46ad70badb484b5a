// The benchmark tool: median time of each case over repeated runs, each also
// as a ratio to a baseline task timed in the same process; then the pipeline
// and export cases as one table per fixture pair, the knowledge base's load
// time and the peak memory. Times are reported, never judged (exit status 1
// only when a case fails to run).
//   bench [--runs N] [--filter TEXT] [--assets DIR] [--fixtures DIR] [--today YYYY-MM-DD]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "bench/baseline.h"
#include "bench/bench_case.h"
#include "bench/bench_timer.h"
#include "bench/stage_table.h"
#include "core/text.h"

namespace {

struct Args {
    int runs = 50;
    std::string filter;
    std::string assets = IP_SOURCE_ASSETS_DIR;
    std::string fixtures = std::string(IP_SOURCE_ASSETS_DIR) + "/../tests/fixtures";
    std::string today = "2026-05-04";
};

// The pair the budget is stated for: a typical resume and job description.
constexpr const char* kTypicalPlaybookCase = "pipeline/playbook/seed-jordan-chen";
constexpr double kPlaybookBudgetUs = 5000;
// The PDF report of the same pair: the aim the issue states (time; size is printed too).
constexpr const char* kTypicalPdfCase = "export/pdf/seed-jordan-chen";
constexpr double kPdfAimUs = 50000;

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
    const auto load_start = std::chrono::steady_clock::now();
    if (!load_knowledge_dir(args.assets, kb, error)) {
        std::fprintf(stderr, "bench: knowledge base: %s\n", error.c_str());
        return 1;
    }
    const double load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count();
    bench::Timing baseline;
    bench::time_runs(
        [](std::string&) {
            bench::baseline_work();
            return true;
        },
        args.runs, baseline, error);
    std::vector<bench::CaseResult> results;
    const bench::BenchContext ctx{kb, args.fixtures, args.today};
    int failures = 0;
    std::map<std::string, std::vector<double>> group_medians;
    std::printf("%-58s %12s %12s %12s %9s\n", "case", "median us", "min us", "max us", "x base");
    for (const bench::BenchCase& c : bench::all_bench_cases(ctx)) {
        if (!args.filter.empty() && !contains(c.name, args.filter)) continue;
        bench::Timing t;
        const int runs = c.max_runs > 0 ? std::min(c.max_runs, args.runs) : args.runs;
        if (!bench::time_runs(c.run, runs, t, error, c.prepare)) {
            std::printf("%-58s FAILED: %s\n", c.name.c_str(), error.c_str());
            ++failures;
            continue;
        }
        std::printf("%-58s %12.1f %12.1f %12.1f %9.3f\n", c.name.c_str(), t.median_us, t.min_us, t.max_us,
                    t.median_us / baseline.median_us);
        results.push_back({c.name, t.median_us});
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
    std::printf("(%d runs per case after one warm-up run; PNG cases at most 10)\n", args.runs);
    bench::print_stage_table(results, baseline.median_us);
    std::printf("\nBaseline task (sort 100,000 integers): %.1f us median; \"x base\" = median / baseline.\n",
                baseline.median_us);
    for (const bench::CaseResult& r : results)
        if (r.name == kTypicalPlaybookCase)
            std::printf("Typical pair (%s): %.3f ms; budget %.0f ms natively: %s\n", r.name.c_str(), r.median_us / 1000,
                        kPlaybookBudgetUs / 1000, r.median_us <= kPlaybookBudgetUs ? "within" : "OVER");
    for (const bench::CaseResult& r : results)
        if (r.name == kTypicalPdfCase)
            std::printf("PDF report (%s): %.3f ms; aim %.0f ms: %s\n", r.name.c_str(), r.median_us / 1000,
                        kPdfAimUs / 1000, r.median_us <= kPdfAimUs ? "within" : "OVER");
    if (args.filter.empty() || contains(std::string(kTypicalPdfCase), args.filter))
        bench::print_export_sizes(ctx, "seed-jordan-chen");
    std::printf("Knowledge base load (once, at start): %.1f ms\n", load_ms);
    std::printf("Peak memory (getrusage ru_maxrss): %.1f MB\n", double(bench::peak_rss_kb()) / 1024.0);
    return failures ? 1 : 0;
}
