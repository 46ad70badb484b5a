// Scores read_resume()/read_job() against hand labels (<doc>.labels.json next
// to each document). Shared by the fictional corpus test and the corpus of
// real documents (tests/fixtures/README.md, tests/fixtures/real/README.md).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip::test {

struct Ratio {
    int hit = 0, total = 0;
    void add(bool ok) {
        ++total;
        hit += ok ? 1 : 0;
    }
    double value() const { return total ? static_cast<double>(hit) / total : 1.0; }
};

// "  what   93.0%  (40/43)", plus the target when one is given.
void print_ratio(const char* what, const Ratio& r, double target = -1.0);

std::string read_bytes(const std::filesystem::path& p);

// Every *.labels.json under tests/fixtures/<dir>, sorted.
std::vector<std::filesystem::path> label_files(const std::string& dir);

struct ResumeFigures {
    Ratio names, companies, titles, dates, starts, ends, positions_found, positions_exact, emails, phones, years,
        seniority, institutions, degrees, skills_recall, skills_precision;
};

struct JobFigures {
    Ratio companies, titles, levels, found, kinds, competencies, precision;
};

// What a scorer looks at beyond the common fields.
struct ScoreOptions {
    std::string today;  // the day the labels' years are "as of"
    bool score_seniority = true;
    // Jobs: only lines labelled (and extracted as) required or preferred are
    // compared, and competencies are not scored.
    bool qualifications_only = false;
    bool print_misses = true;
};

// Adds one labelled document to the figures; prints each miss.
void score_resume(const Knowledge& kb, const std::filesystem::path& labels_path, const ScoreOptions& opt,
                  ResumeFigures& f);
void score_job(const Knowledge& kb, const std::filesystem::path& labels_path, const ScoreOptions& opt, JobFigures& f);

}  // namespace ip::test
