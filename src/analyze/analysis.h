// The fit analysis before it becomes prose: per requirement, the evidence and
// a credit; per company value, where the resume shows it. The composer reads
// this too (stories pick values from it), so it is public.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "knowledge/knowledge.h"
#include "model/playbook.h"

namespace ip {

struct BulletRef {
    const Bullet* bullet = nullptr;
    std::string employer;  // company, or project name for project bullets
    std::string title;     // the position's title (empty for projects)
    size_t position = 0;   // index in candidate.positions (0 = most recent)
    bool is_project = false;
    std::vector<std::string> themes;     // theme ids the bullet shows
    const StoryKindDef* kind = nullptr;  // the kind of work it describes (work_kind.h)
    std::vector<std::string> terms;      // content terms of the text (terms.h)
    double impact = 0;                   // metrics, scope and seniority of the verb, 0..~3
};

// A concept the line asks for, as the resume shows it: named, or through a
// narrower or implying concept the resume names.
struct InferredEvidence {
    std::vector<size_t> path;  // graph nodes, from the one the resume names to the one the line asks for (one: named)
    std::string evidence;      // as RequirementAssessment::evidence: bullet id, "position0", "certification0", ...
    bool used = false;         // shown by work or held, not only listed
};

struct RequirementAssessment {
    const Requirement* requirement = nullptr;
    double credit = 0;  // 0..1
    RequirementStatus status = RequirementStatus::Gap;
    double weight = 0;  // importance in the score: required > responsibility > preferred
    std::vector<std::string>
        evidence;  // bullet ids, "position0" (a title), "certification0", "skills-section", "summary", "education0"
    std::string best_bullet;  // strongest supporting bullet id, empty if none
    double best_overlap = 0;
    std::vector<std::string> skills_used;     // named by the requirement and used in a bullet
    std::vector<std::string> skills_listed;   // named, only in the skills section or summary
    std::vector<std::string> skills_related;  // a related skill stands in ("Solr" for "Elasticsearch")
    std::vector<std::string> skills_missing;
    std::string unmet_clause;                // "cross-team leadership" from "..., including cross-team leadership"
    std::vector<InferredEvidence> inferred;  // set when evidence by meaning raised the credit
    std::vector<std::string> themes;
    std::vector<std::string> terms;  // content terms of the line (terms.h)
};

struct ValueAssessment {
    size_t value = 0;                  // index into CompanyDef::values
    std::vector<std::string> bullets;  // bullet ids whose words signal the value
    bool named_in_job = false;         // the JD names the value or uses its signals
    bool named_in_resume = false;      // the resume uses the value's own name
};

struct Analysis {
    const CompanyDef* company = nullptr;  // never null: the generic profile when unknown
    const RoleFamily* job_family = nullptr;
    const RoleFamily* candidate_family = nullptr;
    SeniorityLevel job_level = SeniorityLevel::Mid;   // job.level, else mid
    std::vector<BulletRef> bullets;                   // every position and project bullet, resume order
    std::map<std::string, size_t> bullet_index;       // bullet id -> index in `bullets`
    std::vector<RequirementAssessment> requirements;  // job.requirements order
    // The company's own published values, in its order; empty when the company is
    // unknown or publishes none we could verify. Only these are ever spoken as its values.
    std::vector<ValueAssessment> values;
    // What culture fit is scored against: the company's values when it has any, else
    // the generic profile's (what most employers look for), which no text names as the company's.
    const CompanyDef* culture_profile = nullptr;
    std::vector<ValueAssessment> culture;  // culture_profile->values order
    // Without published values: the posting's own sentences on its mission or values, verbatim.
    std::vector<std::string> posting_statements;

    const BulletRef* bullet(const std::string& id) const;
    const RequirementAssessment* requirement(const std::string& id) const;
};

Analysis build_analysis(const Knowledge& kb, const Playbook& doc);

}  // namespace ip
