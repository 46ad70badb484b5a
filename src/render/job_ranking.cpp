#include "render/job_ranking.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "render/markdown_text.h"

namespace ip {

namespace {

// How many strengths and gaps a row names: the table compares, the playbook explains.
constexpr size_t kReasons = 2;
constexpr size_t kGaps = 2;

std::vector<std::string> reasons_of(const Playbook& d) {
    std::vector<std::string> out;
    for (size_t i = 0; i < d.fit.strengths.size() && i < kReasons; ++i) out.push_back(d.fit.strengths[i].title);
    return out;
}

std::vector<std::string> gaps_of(const Playbook& d) {
    std::vector<std::string> out;
    for (size_t i = 0; i < d.fit.gaps.size() && i < kGaps; ++i) out.push_back(d.fit.gaps[i].title);
    return out;
}

std::string job_name(const Playbook& d, const std::string& file) {
    std::string s = d.job.title.value_or("");
    const std::string company = d.job.company.value_or("");
    if (!company.empty()) s += (s.empty() ? "" : " at ") + company;
    return s.empty() ? file : s;
}

nlohmann::json or_null(const OptString& s) { return s ? nlohmann::json(*s) : nlohmann::json(nullptr); }

std::string cell_list(const std::vector<std::string>& items, const char* none) {
    if (items.empty()) return none;
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : "; ") + md_escape(i);
    return out;
}

}  // namespace

std::vector<RankedJob> rank_jobs(std::vector<RankedJob> jobs) {
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const RankedJob& a, const RankedJob& b) { return a.doc->fit.score > b.doc->fit.score; });
    return jobs;
}

std::string ranking_json(const std::vector<RankedJob>& ranked) {
    nlohmann::json j;
    j["schema"] = "ranking/1";
    j["generated"] = ranked.empty() ? std::string() : ranked.front().doc->generated;
    j["candidate"] = ranked.empty() ? nlohmann::json(nullptr) : or_null(ranked.front().doc->candidate.name);
    j["jobs"] = nlohmann::json::array();
    int rank = 0;
    for (const RankedJob& r : ranked) {
        const Playbook& d = *r.doc;
        nlohmann::json risks = nlohmann::json::array();
        for (const auto& risk : d.fit.risks)
            risks.push_back(
                {{"kind", std::string(name_of(risk.kind))}, {"serious", risk.serious}, {"title", risk.title}});
        j["jobs"].push_back({{"rank", ++rank},
                             {"file", r.file},
                             {"company", or_null(d.job.company)},
                             {"title", or_null(d.job.title)},
                             {"score", d.fit.score},
                             {"label", d.fit.label},
                             {"subscores",
                              {{"skills", d.fit.subscores.skills},
                               {"experience", d.fit.subscores.experience},
                               {"culture", d.fit.subscores.culture}}},
                             {"reasons", reasons_of(d)},
                             {"gaps", gaps_of(d)},
                             {"risks", risks}});
    }
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ranking_text(const std::vector<RankedJob>& ranked) {
    std::string out;
    const std::string name = ranked.empty() ? std::string() : ranked.front().doc->candidate.name.value_or("");
    out += "# " + std::to_string(ranked.size()) + " postings ranked by fit" +
           (name.empty() ? std::string() : " for " + md_escape(name)) + "\n\n";
    out += "| # | Fit | Job | Top reasons | Gaps | Candidacy risks |\n";
    out += "| --- | --- | --- | --- | --- | --- |\n";
    int rank = 0;
    for (const RankedJob& r : ranked) {
        const Playbook& d = *r.doc;
        std::vector<std::string> risks;
        for (const auto& risk : d.fit.risks) risks.push_back(risk.title + (risk.serious ? " (serious)" : ""));
        out += "| " + std::to_string(++rank) + " | " + std::to_string(d.fit.score) + " " + md_escape(d.fit.label) +
               " | " + md_cell(md_escape(job_name(d, r.file)) + " (" + md_escape(r.file) + ")") + " | " +
               md_cell(cell_list(reasons_of(d), "none found yet")) + " | " + md_cell(cell_list(gaps_of(d), "none")) +
               " | " + md_cell(cell_list(risks, "none")) + " |\n";
    }
    return out;
}

}  // namespace ip
