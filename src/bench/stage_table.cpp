#include "bench/stage_table.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace ip::bench {

namespace {

const char* const kColumns[] = {"pipeline/read", "pipeline/analyse", "pipeline/compose",  "pipeline/playbook",
                                "export/json",   "export/md",        "export/html",       "export/handout-html",
                                "export/png-2x", "export/pdf",       "export/handout-pdf"};
constexpr size_t kColumnCount = std::size(kColumns);

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void print_row(const std::string& label, const std::vector<double>& cells, const char* format) {
    std::printf("| %s |", label.c_str());
    for (double v : cells) {
        if (v < 0) std::printf(" |");
        else std::printf(format, v);
    }
    std::printf("\n");
}

}  // namespace

void print_stage_table(const std::vector<CaseResult>& results, double baseline_us) {
    // fixture id -> column -> median ms (-1: not measured)
    std::map<std::string, std::vector<double>> rows;
    for (const CaseResult& r : results) {
        const size_t cut = r.name.find('/', r.name.find('/') + 1);
        if (cut == std::string::npos) continue;
        const auto column = std::find(std::begin(kColumns), std::end(kColumns), r.name.substr(0, cut));
        if (column == std::end(kColumns)) continue;
        auto& row = rows.try_emplace(r.name.substr(cut + 1), kColumnCount, -1.0).first->second;
        row[size_t(column - std::begin(kColumns))] = r.median_us / 1000.0;
    }
    if (rows.empty()) return;

    std::printf("\nMedians in milliseconds, per fixture pair (resume + its first own-field job):\n\n| fixture |");
    for (const char* c : kColumns) std::printf(" %s |", std::string(c).substr(std::string(c).find('/') + 1).c_str());
    std::printf("\n|---|");
    for (size_t i = 0; i < kColumnCount; ++i) std::printf("---:|");
    std::printf("\n");
    for (const auto& [id, cells] : rows) print_row(id, cells, " %.3f |");

    std::vector<double> medians, slowest, ratios;
    for (size_t c = 0; c < kColumnCount; ++c) {
        std::vector<double> column;
        for (const auto& [id, cells] : rows)
            if (cells[c] >= 0) column.push_back(cells[c]);
        medians.push_back(column.empty() ? -1 : median(column));
        slowest.push_back(column.empty() ? -1 : *std::max_element(column.begin(), column.end()));
        ratios.push_back(column.empty() ? -1 : medians.back() * 1000.0 / baseline_us);
    }
    print_row("**median**", medians, " **%.3f** |");
    print_row("slowest", slowest, " %.3f |");
    print_row("median / baseline", ratios, " %.2fx |");
}

}  // namespace ip::bench
