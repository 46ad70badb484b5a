#include "analyze/concept_evidence.h"

#include <algorithm>

#include "parse/resume_line_kinds.h"
#include "parse/skill_matcher.h"

namespace ip {

namespace {

// Longer chains drift from what the resume says: three steps from work
// ("Kafka -> distributed data processing -> distributed systems"), two from a
// skills list, which says less.
constexpr size_t kMaxStepsUsed = 3;
constexpr size_t kMaxStepsListed = 2;

bool better(const ConceptReach& a, const ConceptReach& b) {
    if (a.used != b.used) return a.used;
    return a.path.size() < b.path.size();
}

void offer(ResumeConcepts& out, size_t node, ConceptReach reach) {
    const auto it = out.find(node);
    if (it == out.end()) out.emplace(node, std::move(reach));
    else if (better(reach, it->second)) it->second = std::move(reach);
}

// The node and everything above it, breadth first so each path is a shortest one.
void reach_from(const Knowledge& kb, size_t start, const std::string& evidence, bool used, ResumeConcepts& out) {
    std::vector<std::vector<size_t>> frontier{{start}};
    std::vector<size_t> seen{start};
    const size_t max_steps = used ? kMaxStepsUsed : kMaxStepsListed;
    for (size_t step = 0; !frontier.empty(); ++step) {
        std::vector<std::vector<size_t>> next;
        for (auto& path : frontier) {
            const size_t node = path.back();
            if (step < max_steps && node < kb.concept_up.size())
                for (const ConceptEdge& e : kb.concept_up[node]) {
                    if (std::find(seen.begin(), seen.end(), e.to) != seen.end()) continue;
                    seen.push_back(e.to);
                    std::vector<size_t> longer = path;
                    longer.push_back(e.to);
                    next.push_back(std::move(longer));
                }
            offer(out, node, ConceptReach{evidence, std::move(path), used});
        }
        frontier = std::move(next);
    }
}

void add_text(const Knowledge& kb, const std::string& text, bool in_list, const std::string& evidence, bool used,
              ResumeConcepts& out) {
    for (const SkillHit& hit : find_concept_hits(kb, text, in_list)) reach_from(kb, hit.skill, evidence, used, out);
}

}  // namespace

ResumeConcepts resume_concepts(const Knowledge& kb, const Candidate& c, const std::vector<BulletRef>& bullets) {
    ResumeConcepts out;
    for (const BulletRef& b : bullets) add_text(kb, b.bullet->text, false, b.bullet->id, true, out);
    for (size_t i = 0; i < c.positions.size(); ++i)
        add_text(kb, c.positions[i].title, false, title_evidence_id(i), true, out);
    // A credential not held yet ("CFA Level II Candidate") counts as listed, not held.
    for (size_t i = 0; i < c.certifications.size(); ++i)
        add_text(kb, c.certifications[i].name, true, certification_evidence_id(i),
                 !has_phrase(c.certifications[i].name, kb.resume_words.credentials_in_progress), out);
    for (size_t i = 0; i < c.education.size(); ++i) {
        const Education& e = c.education[i];
        // "Bachelor of Science in Nursing", as the degree reads whole. A degree
        // shows a concept that is its whole field ("M.S. in Statistics"); one
        // word inside a longer field ("Communication Systems Management") counts
        // as listed only.
        const std::string field = e.field.value_or("");
        const std::string degree = e.degree.value_or("") + (field.empty() ? std::string() : " in " + field);
        const size_t field_begin = degree.size() - field.size();
        for (const SkillHit& hit : find_concept_hits(kb, degree, true)) {
            const bool whole = hit.offset <= field_begin && hit.offset + hit.length == degree.size();
            reach_from(kb, hit.skill, "education" + std::to_string(i), whole, out);
        }
    }
    if (c.summary) add_text(kb, *c.summary, false, "summary", false, out);
    for (const SkillRef& s : c.skills)
        if (std::find(s.evidence.begin(), s.evidence.end(), "skills-section") != s.evidence.end())
            add_text(kb, s.name, true, "skills-section", false, out);
    return out;
}

std::vector<size_t> concepts_in(const Knowledge& kb, const std::string& text) {
    std::vector<size_t> nodes;
    for (const SkillHit& hit : find_concept_hits(kb, text, false))
        if (std::find(nodes.begin(), nodes.end(), hit.skill) == nodes.end()) nodes.push_back(hit.skill);
    return nodes;
}

}  // namespace ip
