// One resume against several postings: the postings ranked by fit, with the
// top reasons, gaps and candidacy risks side by side (the command line's
// `--job` repeated). Reads only the playbook documents.
#pragma once
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip {

struct RankedJob {
    std::string file;  // the posting's file name, as given
    const Playbook* doc = nullptr;
};

// The same postings, best fit first; equal scores keep the order given.
std::vector<RankedJob> rank_jobs(std::vector<RankedJob> jobs);

// {"schema": "ranking/1", "generated", "candidate", "jobs": [{"rank", "file",
// "company", "title", "score", "label", "subscores", "reasons", "gaps",
// "risks": [{"kind", "serious", "title"}]}]}, documented in docs/playbook-json.md.
std::string ranking_json(const std::vector<RankedJob>& ranked);
// A Markdown table, readable as plain text: rank, fit, job, top reasons, gaps, risks.
std::string ranking_text(const std::vector<RankedJob>& ranked);

}  // namespace ip
