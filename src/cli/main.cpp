// The command line: reads a resume and a job description, writes the
// playbook in any export format (model/export_format.h): JSON, Markdown,
// HTML, PDF, or the handout as HTML, PNG or PDF. With several job
// descriptions it writes the postings ranked by fit instead (render/job_ranking.h).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "cli/file_bytes.h"
#include "cli/system_today.h"
#include "knowledge/knowledge.h"
#include "model/document_json.h"
#include "parse/input_limits.h"
#include "pipeline/generate.h"
#include "render/export_formats.h"
#include "render/job_ranking.h"

namespace {

constexpr int kBadInput = 2;
constexpr int kInternalError = 1;

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "playbook: %s\n", message.c_str());
    return code;
}

std::string file_name(const std::string& path) {
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ip;
    cli::Options opt;
    std::string error;
    if (!cli::parse_options(std::vector<std::string>(argv + 1, argv + argc), opt, error)) return fail(kBadInput, error);
    if (opt.help) {
        std::fputs(cli::usage().c_str(), stdout);
        return 0;
    }

    Inputs in;
    if (!cli::read_file_bytes(opt.resume_path, limits::kMaxFileBytes, in.resume, error)) return fail(kBadInput, error);
    in.resume_filename = file_name(opt.resume_path);
    in.company = opt.company;
    in.role = opt.role;
    in.news = opt.news;
    in.today = opt.today.empty() ? cli::system_today() : opt.today;

    Knowledge kb;
    const std::string assets = opt.assets_dir.empty() ? std::string(IP_SOURCE_ASSETS_DIR) : opt.assets_dir;
    if (!load_knowledge_dir(assets, kb, error)) return fail(kInternalError, "knowledge base: " + error);

    // One playbook per posting; a posting that cannot be read stops the run with its name.
    std::vector<GenerateResult> results;
    for (const std::string& job_path : opt.job_paths) {
        if (!cli::read_file_bytes(job_path, limits::kMaxFileBytes, in.job, error)) return fail(kBadInput, error);
        in.job_filename = file_name(job_path);
        results.push_back(generate_playbook(kb, in));
        const GenerateResult& r = results.back();
        const std::string which = opt.job_paths.size() > 1 ? job_path + ": " : std::string();
        if (!r.ok) return fail(kBadInput, which + r.error);
        for (const std::string& w : r.warnings)
            std::fprintf(stderr, "playbook: warning: %s%s\n", which.c_str(), w.c_str());
    }
    if (results.size() > 1) {
        std::vector<RankedJob> jobs;
        for (size_t i = 0; i < results.size(); ++i) jobs.push_back({opt.job_paths[i], &results[i].doc});
        const std::vector<RankedJob> ranked = rank_jobs(std::move(jobs));
        const std::string table = opt.format == "json" ? ranking_json(ranked) + "\n" : ranking_text(ranked);
        if (!cli::write_output(opt.out_path, table, error)) return fail(kBadInput, error);
        return 0;
    }
    const GenerateResult& r = results.front();

    const ExportFormatInfo& format = *find_export_format(opt.format);
    std::string regular, bold;
    if (format.needs_fonts) {
        const std::string fonts = opt.fonts_dir.empty() ? std::string(IP_FONTS_DIR) : opt.fonts_dir;
        if (!cli::read_file_bytes(fonts + "/ui-regular.otf", limits::kMaxFileBytes, regular, error) ||
            !cli::read_file_bytes(fonts + "/ui-bold.otf", limits::kMaxFileBytes, bold, error))
            return fail(kBadInput, "fonts: " + error);
    }
    ExportOptions options;
    options.a4 = opt.paper == "a4";
    std::string bytes;
    if (!render_export(r.doc, format.format, regular, bold, options, bytes, error))
        return fail(kInternalError, std::string(format.id) + ": " + error);
    if (format.format == ExportFormat::Json) bytes += "\n";
    if (!cli::write_output(opt.out_path, bytes, error)) return fail(kBadInput, error);
    return 0;
}
