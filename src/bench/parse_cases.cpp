// Reading: bytes -> candidate / job, per corpus fixture, and the seed pair a
// user typically submits (a two-page resume and a job description).
#include <filesystem>

#include "bench/bench_case.h"
#include "parse/read.h"

namespace ip::bench {

namespace {

std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

BenchCase resume_case(const BenchContext& ctx, const std::string& path) {
    auto bytes = std::make_shared<std::string>(read_fixture(path));
    const std::string name = base_name(path);
    return BenchCase{"parse/resume/" + name, [&ctx, bytes, name](std::string& error) {
                         const ReadResume r = read_resume(ctx.kb, *bytes, name, ctx.today);
                         error = r.error;
                         return r.ok;
                     }};
}

BenchCase job_case(const BenchContext& ctx, const std::string& path) {
    auto bytes = std::make_shared<std::string>(read_fixture(path));
    const std::string name = base_name(path);
    return BenchCase{"parse/job/" + name, [&ctx, bytes, name](std::string& error) {
                         const ReadJob r = read_job(ctx.kb, *bytes, name);
                         error = r.error;
                         return r.ok;
                     }};
}

}  // namespace

void add_parse_cases(const BenchContext& ctx, std::vector<BenchCase>& out) {
    auto resume = std::make_shared<std::string>(read_fixture(ctx.fixtures_dir + "/seed-case/resume.txt"));
    auto job = std::make_shared<std::string>(read_fixture(ctx.fixtures_dir + "/seed-case/job.txt"));
    out.push_back(BenchCase{"parse/seed resume + job", [&ctx, resume, job](std::string& error) {
                                const ReadResume r = read_resume(ctx.kb, *resume, "resume.txt", ctx.today);
                                const ReadJob j = read_job(ctx.kb, *job, "job.txt");
                                error = r.ok ? j.error : r.error;
                                return r.ok && j.ok;
                            }});
    for (const std::string& path : fixture_files(ctx.fixtures_dir, "resumes")) out.push_back(resume_case(ctx, path));
    for (const std::string& path : fixture_files(ctx.fixtures_dir, "jobs")) out.push_back(job_case(ctx, path));
}

}  // namespace ip::bench
