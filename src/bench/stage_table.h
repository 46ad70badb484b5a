// The pipeline and export cases as one Markdown table: a row per fixture
// pair, a column per stage ("pipeline/<stage>/<id>", "export/<format>/<id>"),
// then the median over fixtures, the slowest, and the median in baseline units.
#pragma once
#include <string>
#include <vector>

namespace ip::bench {

struct CaseResult {
    std::string name;
    double median_us = 0;
};

void print_stage_table(const std::vector<CaseResult>& results, double baseline_us);

}  // namespace ip::bench
