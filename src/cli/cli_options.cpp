#include "cli/cli_options.h"

#include "core/date.h"
#include "render/export_formats.h"

namespace ip::cli {

std::string usage() {
    return "usage: playbook --resume FILE --job FILE [options]\n"
           "\n"
           "Turns a resume and a job description into an interview playbook.\n"
           "\n"
           "  --resume FILE      resume: .txt, .md, .docx, JSON Resume, PDF items (.pdfitems.json), .html\n"
           "  --job FILE         job description: .txt, .md, .html; repeat it to rank several\n"
           "                     postings by fit (a table of fit, top reasons, gaps and risks;\n"
           "                     --format json or text)\n"
           "  --company NAME     target company (default: read from the job description)\n"
           "  --role NAME        target role (default: the job description's title)\n"
           "  --format F         " +
           export_format_ids() +
           " (default json);\n"
           "                     pdf is the report as PDF, handout-pdf the handout as PDF\n"
           "  --paper P          letter (default) or a4, for png, pdf and handout-pdf\n"
           "  --out FILE         write here instead of standard output\n"
           "  --today YYYY-MM-DD the date that resolves \"Present\" and stamps the playbook;\n"
           "                     defaults to the system clock (tests always pass it)\n"
           "  --news TEXT        a note about recent company news to weave in\n"
           "  --assets DIR       knowledge base directory (default: the source tree's assets/)\n"
           "  --fonts DIR        fonts for png and PDF (ui-regular.otf, ui-bold.otf)\n"
           "  --help             this text\n"
           "\n"
           "Exit status: 0 done, 2 bad input (one line on standard error), 1 internal error.\n";
}

bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            out.help = true;
            return true;
        }
        std::string* target = nullptr;
        if (a == "--resume") target = &out.resume_path;
        else if (a == "--job") {
            if (i + 1 >= args.size()) {
                error = a + " needs a value";
                return false;
            }
            out.job_paths.push_back(args[++i]);
            continue;
        } else if (a == "--company") target = &out.company;
        else if (a == "--role") target = &out.role;
        else if (a == "--format") target = &out.format;
        else if (a == "--out") target = &out.out_path;
        else if (a == "--today") target = &out.today;
        else if (a == "--news") target = &out.news;
        else if (a == "--assets") target = &out.assets_dir;
        else if (a == "--fonts") target = &out.fonts_dir;
        else if (a == "--paper") target = &out.paper;
        if (!target) {
            error = "unknown option \"" + a + "\" (see --help)";
            return false;
        }
        if (i + 1 >= args.size()) {
            error = a + " needs a value";
            return false;
        }
        *target = args[++i];
    }
    if (out.resume_path.empty() || out.job_paths.empty()) {
        error = "both --resume FILE and --job FILE are required (see --help)";
        return false;
    }
    if (out.job_paths.size() > 1) {
        if (out.format != "json" && out.format != "text") {
            error = std::string("several --job files give the ranking table: --format must be ") + kRankingFormats +
                    ", not \"" + out.format + "\"";
            return false;
        }
    } else if (!find_export_format(out.format)) {
        error = "--format must be " + export_format_ids() + ", not \"" + out.format + "\"";
        return false;
    }
    if (out.paper != "letter" && out.paper != "a4") {
        error = "--paper must be letter or a4, not \"" + out.paper + "\"";
        return false;
    }
    if (!out.today.empty() && !parse_iso_day(out.today)) {
        error = "--today must be a date written YYYY-MM-DD, not \"" + out.today + "\"";
        return false;
    }
    return true;
}

}  // namespace ip::cli
