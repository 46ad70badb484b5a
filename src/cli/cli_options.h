// The command line's options:
//   playbook --resume FILE --job FILE [--job FILE ...] [--company NAME] [--role NAME]
//            [--format json|md|html|handout-html|png|pdf|handout-pdf] [--out FILE]
//            [--paper letter|a4]
//            [--today YYYY-MM-DD] [--news TEXT] [--assets DIR] [--fonts DIR]
#pragma once
#include <string>
#include <vector>

namespace ip::cli {

struct Options {
    std::string resume_path;
    std::vector<std::string> job_paths;  // one: the playbook; several: the postings ranked by fit
    std::string company;
    std::string role;
    std::string format = "json";
    std::string out_path;  // empty: standard output
    std::string today;     // empty: today's date from the system clock
    std::string news;
    std::string assets_dir;
    std::string fonts_dir;
    std::string paper = "letter";
    bool help = false;
};

// Parses `args` (without the program name). On failure returns false with
// one readable line in `error`.
// With several --job files the output is the ranking table, in these formats.
inline constexpr const char* kRankingFormats = "json or text";

bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error);

std::string usage();

}  // namespace ip::cli
