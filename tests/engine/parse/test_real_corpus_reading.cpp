// Reading measured on documents written by real people and real employers
// (tests/fixtures/real/README.md: sources, licences and labelling rules).
// Prints the per-field table with the targets of issue 14 beside each figure.
// The asserted floors are what the engine achieved when the corpus was
// labelled (rounded down): a ratchet that fails on any regression, to be
// raised as the reader improves — the targets are not met yet.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus_scoring.h"
#include "parse_test_support.h"

using namespace ip;
using namespace ip::test;
namespace fs = std::filesystem;

namespace {

// The labels' "present" and years are as of this day.
const char* const kLabelDay = "2026-12-07";

std::string format_of(const fs::path& labels) {
    return nlohmann::json::parse(read_bytes(labels), nullptr, false).value("format", "?");
}

// "  93%" or "    -" when nothing of the kind was scored.
std::string cell(const Ratio& r) {
    char buf[16];
    if (r.total == 0) return "     -";
    std::snprintf(buf, sizeof buf, "%5.0f%%", 100.0 * r.value());
    return buf;
}

}  // namespace

TEST_CASE("reading real resumes and job postings: per-field accuracy", "[corpus][real]") {
    const Knowledge& kb = shipped_knowledge();
    const std::vector<fs::path> resumes = label_files("real/resumes");
    const std::vector<fs::path> jobs = label_files("real/jobs");
    // Issue 14 asks for at least 60 of each. The postings reach it; resumes
    // whose licence covers their text are scarce outside software (README:
    // "What is here"). These floors are the counts reached, so a document
    // lost by accident fails here.
    CHECK(resumes.size() >= 11);
    CHECK(jobs.size() >= 77);

    ScoreOptions opt;
    opt.today = kLabelDay;
    opt.score_seniority = false;
    opt.qualifications_only = true;
    ScoreOptions quiet = opt;
    quiet.print_misses = false;

    std::printf("\nReal documents (%zu resumes, %zu job postings): misses\n", resumes.size(), jobs.size());
    ResumeFigures rf;
    std::map<std::string, ResumeFigures> by_format;
    for (const fs::path& p : resumes) {
        score_resume(kb, p, opt, rf);
        score_resume(kb, p, quiet, by_format[format_of(p)]);
    }
    JobFigures jf;
    std::map<std::string, JobFigures> jobs_by_format;
    for (const fs::path& p : jobs) {
        score_job(kb, p, opt, jf);
        score_job(kb, p, quiet, jobs_by_format[format_of(p)]);
    }

    std::printf("Resumes                              measured            issue 14\n");
    print_ratio("name", rf.names, 0.95);
    print_ratio("email", rf.emails, 0.95);
    print_ratio("phone (none invented)", rf.phones, 0.95);
    print_ratio("roles found", rf.positions_found);
    print_ratio("employer", rf.companies, 0.95);
    print_ratio("title", rf.titles, 0.95);
    print_ratio("start", rf.starts, 0.95);
    print_ratio("end", rf.ends, 0.95);
    print_ratio("education (institution)", rf.institutions, 0.95);
    print_ratio("skills recall", rf.skills_recall, 0.95);
    print_ratio("years of experience", rf.years, 0.95);
    std::printf("Resumes by format                      n   name employer  title  start    end  years\n");
    for (const auto& [format, f] : by_format)
        std::printf("  %-34s %3d %s %s %s %s %s %s\n", format.c_str(), f.years.total, cell(f.names).c_str(),
                    cell(f.companies).c_str(), cell(f.titles).c_str(), cell(f.starts).c_str(), cell(f.ends).c_str(),
                    cell(f.years).c_str());
    std::printf("Job postings\n");
    print_ratio("company", jf.companies, 0.97);
    print_ratio("title", jf.titles, 0.97);
    print_ratio("required/preferred lines found", jf.found, 0.95);
    print_ratio("... and classified", jf.kinds, 0.95);
    print_ratio("required/preferred precision", jf.precision);
    std::printf("Job postings by format                 n company  title  lines classified\n");
    for (const auto& [format, f] : jobs_by_format)
        std::printf("  %-34s %3d %s %s %s %s\n", format.c_str(), f.companies.total, cell(f.companies).c_str(),
                    cell(f.titles).c_str(), cell(f.found).c_str(), cell(f.kinds).c_str());
    std::fflush(stdout);

    // Ratchet: the figures measured when the corpus was labelled, rounded
    // down to two decimals (a field at 0% would get no floor: it could not
    // fail). Raise them as the reader improves.
    CHECK(rf.names.value() >= 0.63);
    CHECK(rf.emails.value() >= 0.60);
    CHECK(rf.phones.value() >= 1.00);
    CHECK(rf.companies.value() >= 0.68);
    CHECK(rf.titles.value() >= 0.70);
    CHECK(rf.starts.value() >= 1.00);
    CHECK(rf.ends.value() >= 1.00);
    CHECK(rf.institutions.value() >= 0.50);
    CHECK(rf.skills_recall.value() >= 0.52);
    CHECK(rf.years.value() >= 0.63);
    // Posting titles are mostly in front matter on these page sources.
    CHECK(jf.companies.value() >= 0.42);
    CHECK(jf.titles.value() >= 0.44);
    CHECK(jf.found.value() >= 0.80);
    CHECK(jf.kinds.value() >= 0.70);
}
