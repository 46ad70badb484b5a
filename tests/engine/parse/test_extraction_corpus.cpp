// Extraction measured against the labeled corpus (tests/fixtures/README.md):
// every resume and job description goes through read_resume()/read_job(),
// and the per-field figures are printed and held to the thresholds below.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "corpus_scoring.h"
#include "parse_test_support.h"

using namespace ip;
using namespace ip::test;
namespace fs = std::filesystem;

namespace {

// The corpus labels' years are "as of" this day.
const char* const kCorpusToday = "2026-11-26";

}  // namespace

TEST_CASE("extraction meets its targets on the labeled corpus", "[corpus]") {
    const Knowledge& kb = shipped_knowledge();
    const std::vector<fs::path> resumes = label_files("resumes");
    const std::vector<fs::path> jobs = label_files("jobs");
    REQUIRE(resumes.size() >= 20);
    REQUIRE(jobs.size() >= 20);

    std::printf("\nExtraction on the corpus (%zu resumes, %zu job descriptions)\n", resumes.size(), jobs.size());
    ScoreOptions opt;
    opt.today = kCorpusToday;
    ResumeFigures rf;
    for (const fs::path& p : resumes) score_resume(kb, p, opt, rf);
    JobFigures jf;
    for (const fs::path& p : jobs) score_job(kb, p, opt, jf);

    std::printf("Resumes\n");
    print_ratio("names", rf.names);
    print_ratio("emails", rf.emails);
    print_ratio("positions found", rf.positions_found);
    print_ratio("position count exact", rf.positions_exact);
    print_ratio("employers", rf.companies);
    print_ratio("titles", rf.titles);
    print_ratio("dates (start and end)", rf.dates);
    print_ratio("institutions", rf.institutions);
    print_ratio("degrees", rf.degrees);
    print_ratio("years (stated, else label window)", rf.years);
    print_ratio("seniority", rf.seniority);
    print_ratio("listed skills recall", rf.skills_recall);
    print_ratio("listed skills precision", rf.skills_precision);
    std::printf("Job descriptions\n");
    print_ratio("companies", jf.companies);
    print_ratio("titles", jf.titles);
    print_ratio("levels", jf.levels);
    print_ratio("requirement lines found", jf.found);
    print_ratio("requirement lines found+classified", jf.kinds);
    print_ratio("requirement precision", jf.precision);
    print_ratio("competency (of found)", jf.competencies);
    std::fflush(stdout);

    CHECK(rf.names.value() == Approx(1.0));
    CHECK(rf.companies.value() >= 0.95);
    CHECK(rf.titles.value() >= 0.95);
    CHECK(rf.dates.value() >= 0.95);
    CHECK(rf.skills_recall.value() >= 0.90);
    CHECK(rf.skills_precision.value() >= 0.90);
    CHECK(jf.found.value() >= 0.95);
    CHECK(jf.kinds.value() >= 0.95);
    CHECK(jf.precision.value() >= 0.90);
}
