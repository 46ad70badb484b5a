#include "analyze/analysis.h"

#include <algorithm>
#include <set>

#include "analyze/company_values.h"
#include "analyze/posting_statements.h"
#include "analyze/requirement_match.h"
#include "analyze/role_family.h"
#include "analyze/terms.h"
#include "analyze/text_match.h"
#include "analyze/work_kind.h"
#include "core/text.h"

namespace ip {

namespace {

// The posting's own mission or values sentences a playbook quotes, at most.
constexpr size_t kMaxPostingStatements = 2;

// How much a bullet proves on its own: numbers, scope words, the weight of its verb.
double bullet_impact(const Knowledge& kb, const Bullet& b, const std::vector<std::string>& themes) {
    double impact = std::min<double>(b.metrics.size(), 3) * 0.6;
    if (const VerbDef* v = kb.verb(to_lower(b.verb))) impact += 0.3 * v->seniority;
    for (const char* t : {"scale", "leadership", "mentoring", "customer", "results"})
        if (std::find(themes.begin(), themes.end(), t) != themes.end()) impact += 0.15;
    return impact;
}

void add_bullets(const Knowledge& kb, const std::vector<Bullet>& bullets, const std::string& employer,
                 const std::string& title, size_t position, bool is_project, Analysis& a) {
    for (const auto& b : bullets) {
        BulletRef ref;
        ref.bullet = &b;
        ref.employer = employer;
        ref.title = title;
        ref.position = position;
        ref.is_project = is_project;
        ref.themes = themes_in(kb, b.text);
        ref.kind = work_kind(kb, b.text);
        ref.terms = content_terms(kb, b.text);
        ref.impact = bullet_impact(kb, b, ref.themes);
        a.bullet_index[b.id] = a.bullets.size();
        a.bullets.push_back(std::move(ref));
    }
}

}  // namespace

const BulletRef* Analysis::bullet(const std::string& id) const {
    auto it = bullet_index.find(id);
    return it == bullet_index.end() ? nullptr : &bullets[it->second];
}

const RequirementAssessment* Analysis::requirement(const std::string& id) const {
    for (const auto& r : requirements)
        if (r.requirement->id == id) return &r;
    return nullptr;
}

Analysis build_analysis(const Knowledge& kb, const Playbook& doc) {
    Analysis a;
    const Candidate& c = doc.candidate;
    const Job& job = doc.job;

    a.company = resolve_company(kb, job.company.value_or(""));
    std::vector<std::string> job_skills;
    for (const auto& r : job.requirements)
        for (const auto& s : r.skills) job_skills.push_back(s);
    a.job_family = family_for_title(kb, job.title.value_or(""), job_skills);
    // job.level already holds what the title (parse/seniority.h) or the years asked for say.
    a.job_level = job.level.value_or(SeniorityLevel::Mid);

    std::vector<std::string> cand_skills;
    for (const auto& s : c.skills) cand_skills.push_back(s.name);
    const std::string recent_title = c.positions.empty() ? c.headline.value_or("") : c.positions.front().title;
    a.candidate_family = family_for_title(kb, recent_title, cand_skills);

    for (size_t i = 0; i < c.positions.size(); ++i)
        add_bullets(kb, c.positions[i].bullets, c.positions[i].company, c.positions[i].title, i, false, a);
    for (size_t i = 0; i < c.projects.size(); ++i)
        add_bullets(kb, c.projects[i].bullets, c.projects[i].name, "", i, true, a);

    a.culture_profile = a.company->values.empty() ? &kb.generic_company() : a.company;
    a.culture = assess_values(kb, *a.culture_profile, doc, a);
    if (a.culture_profile == a.company && !a.company->generic) a.values = a.culture;
    if (a.values.empty()) a.posting_statements = posting_statements(kb, job, kMaxPostingStatements);
    a.requirements = assess_requirements(kb, doc, a);
    return a;
}

}  // namespace ip
