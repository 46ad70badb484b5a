#include "compose/job_refs.h"

#include <algorithm>

#include "core/text.h"

namespace ip {

Rich team_ref(const Job& job) {
    const std::string team = job.team ? trim(*job.team) : std::string();
    if (team.empty()) return {{"the team", SpanKind::Plain}};
    RichBuilder r;
    const std::string lower = to_lower(team);
    if (starts_with(lower, "the ")) r.fact(team);
    else r.plain("the ").fact(team);
    // A name that already says what it is ("Payments Platform Team") needs no suffix.
    bool named_unit = false;
    for (const char* unit : {"team", "org", "organization", "group", "division", "lab", "labs", "department", "unit",
                             "squad", "studio", "office", "center", "centre", "practice", "floor", "ward"})
        if (ends_with(lower, std::string(" ") + unit) || lower == unit) named_unit = true;
    if (!named_unit) r.plain(" team");
    return r.build();
}

std::vector<const RequirementAssessment*> work_lines(const Analysis& a, const std::set<std::string>& skip) {
    std::vector<const RequirementAssessment*> out;
    for (const char* kind : {"responsibility", "required"})
        for (const auto& r : a.requirements) {
            const Requirement& req = *r.requirement;
            if (req.kind != kind || skip.count(req.id)) continue;
            if (req.years || req.degree || req.competency == "education") continue;
            if (req.text.size() < 25) continue;  // too short to quote as a task
            out.push_back(&r);
        }
    return out;
}

bool technical_family(const RoleFamily* family) {
    if (!family) return false;
    for (const char* cat : {"coding", "system_design"}) {
        auto it = family->question_mix.find(cat);
        if (it != family->question_mix.end() && it->second > 0) return true;
    }
    return false;
}

bool shows_theme(const RequirementAssessment& r, std::initializer_list<const char*> themes) {
    for (const char* t : themes)
        if (std::find(r.themes.begin(), r.themes.end(), t) != r.themes.end()) return true;
    return false;
}

}  // namespace ip
