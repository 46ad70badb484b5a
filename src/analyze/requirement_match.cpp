#include "analyze/requirement_match.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "analyze/concept_evidence.h"
#include "analyze/role_family.h"
#include "analyze/terms.h"
#include "analyze/text_match.h"
#include "core/text.h"
#include "parse/resume_line_kinds.h"

namespace ip {

namespace {

constexpr double kCovered = 0.7;
constexpr double kPartial = 0.35;
// A skill only listed (never used in a bullet) or a related skill stands in:
// partial credit, never "covered".
constexpr double kListedCredit = 0.5;
constexpr double kRelatedUsedCredit = 0.5;
constexpr double kRelatedListedCredit = 0.3;
constexpr double kCapWithoutUse = 0.6;
// Evidence by meaning: a narrower or implying concept used in the work
// ("Apache Beam" for distributed data processing) nearly as good as naming it.
constexpr double kInferredUsedCredit = 0.85;
constexpr double kInferredListedCredit = 0.4;

// Practices and soft skills ("Distributed Systems", "Mentoring") are shown by
// what a bullet describes more often than by naming them; tools and languages
// have to be named.
// Themes take part in the overlap as pseudo-terms ("#scale"), so "500K+
// requests/second" counts as evidence for "systems at scale". Broad themes
// would match everything and are left out.
void add_theme_terms(const std::vector<std::string>& themes, std::vector<std::string>& terms) {
    for (const auto& t : themes)
        if (t != "results" && t != "craft" && t != "data") terms.push_back("#" + t);
}

// A practice named exactly like a theme ("Operational Excellence",
// "Mentoring") is shown by any bullet with that theme.
bool skill_is_theme_shown(const Knowledge& kb, const std::string& skill, const std::vector<std::string>& themes) {
    const std::string name = to_lower(skill);
    for (const auto& id : themes) {
        const ThemeDef* t = kb.theme(id);
        if (!t) continue;
        if (t->label == name) return true;
        for (const auto& cue : t->cues) {
            if (cue == name) return true;
            if (!cue.empty() && cue.back() == '*' && name.find(' ') == std::string::npos &&
                starts_with(name, cue.substr(0, cue.size() - 1)))
                return true;
        }
    }
    return false;
}

bool is_conceptual(const SkillDef* def) {
    if (!def) return true;
    static const char* concepts[] = {"practice", "soft",         "project_management",
                                     "product",  "operations",   "customer_success",
                                     "hr",       "education",    "healthcare",
                                     "sales",    "marketing",    "finance",
                                     "legal",    "supply_chain", "design",
                                     "analytics"};
    for (const char* c : concepts)
        if (def->category == c) return true;
    return false;
}

struct SkillSets {
    std::set<std::string> used;    // canonical names used in bullets, or held as a title or a credential
    std::set<std::string> listed;  // skills section or summary
    // Skills no bullet names but a title or a credential held shows:
    // name -> "position<i>" or "certification<i>".
    std::map<std::string, std::string> held;
    // Skills held only through a credential not held yet ("CFA Level II Candidate").
    std::set<std::string> in_progress;
};

// A credential entry that says it is not held yet ("Candidate", "expected 2027").
bool credential_in_progress(const Knowledge& kb, const Candidate& c, const std::string& id) {
    if (!starts_with(id, kCertificationEvidence)) return false;
    const size_t i = static_cast<size_t>(std::atoi(id.c_str() + kCertificationEvidence.size()));
    return i < c.certifications.size() && has_phrase(c.certifications[i].name, kb.resume_words.credentials_in_progress);
}

SkillSets candidate_skill_sets(const Knowledge& kb, const Candidate& c, const Analysis& a) {
    SkillSets s;
    for (const auto& b : a.bullets)
        for (const auto& name : b.bullet->skills) s.used.insert(name);
    for (const auto& sk : c.skills)
        for (const auto& ev : sk.evidence) {
            if (ev == "skills-section" || ev == "summary") s.listed.insert(sk.name);
            if ((starts_with(ev, kTitleEvidence) || starts_with(ev, kCertificationEvidence)) && !s.used.count(sk.name))
                s.held.emplace(sk.name, ev);
        }
    for (const auto& [name, ev] : s.held) {
        s.used.insert(name);
        if (credential_in_progress(kb, c, ev)) s.in_progress.insert(name);
    }
    return s;
}

double requirement_weight(const Requirement& r, bool company_known) {
    // At a company with published values, the loop scores them explicitly.
    if (r.competency == "values") return company_known ? 1.2 : 0.5;
    if (r.kind == RequirementKind::Required) return 1.0;
    if (r.kind == RequirementKind::Responsibility) return 0.8;
    return 0.5;
}

// "Java or Python", "AWS services (e.g., SQS, Lambda)": any one of the named
// skills answers the line.
bool skills_are_alternatives(const std::string& lower) {
    for (const char* cue : {" or ", "e.g", "such as", "for example", "one of", "any of", "/", "similar"})
        if (lower.find(cue) != std::string::npos) return true;
    return false;
}

// The clause after "including" / "especially" is a must-have inside the line.
std::string qualifier_clause(const std::string& text) {
    const std::string lower = to_lower(text);
    for (const char* cue : {", including ", " including ", " especially ", " particularly ", " with emphasis on "}) {
        const size_t pos = lower.find(cue);
        if (pos == std::string::npos) continue;
        std::string clause = text.substr(pos + std::string(cue).size());
        const size_t stop = clause.find_first_of(".;()");
        if (stop != std::string::npos) clause = clause.substr(0, stop);
        return trim(clause);
    }
    return {};
}

// How far the resume shows the concepts a line names (skills-graph nodes):
// each named or reached through a narrower or implying node, used or only listed.
struct MeaningCredit {
    double credit = 0;  // mean over the line's concepts (best one when they are alternatives)
    bool any_used = false;
    std::vector<std::pair<size_t, const ConceptReach*>> shown;  // node -> how the resume shows it
};

MeaningCredit meaning_credit(const std::vector<size_t>& nodes, const ResumeConcepts& reach, bool alternatives) {
    MeaningCredit m;
    if (nodes.empty()) return m;
    double sum = 0, best = 0;
    for (size_t node : nodes) {
        const auto it = reach.find(node);
        if (it == reach.end()) continue;
        const ConceptReach& r = it->second;
        const bool named = r.path.size() == 1;
        const double credit = r.used ? (named ? 1.0 : kInferredUsedCredit)
                                     : (named ? kListedCredit : kInferredListedCredit);
        m.any_used = m.any_used || r.used;
        m.shown.push_back({node, &r});
        sum += credit;
        best = std::max(best, credit);
    }
    m.credit = alternatives ? best : sum / static_cast<double>(nodes.size());
    return m;
}

void add_once(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

void remove_item(std::vector<std::string>& list, const std::string& item) {
    list.erase(std::remove(list.begin(), list.end(), item), list.end());
}

// The line's credit came from evidence by meaning: its skill lists, evidence and paths say so.
void take_meaning(const Knowledge& kb, const Analysis& a, const MeaningCredit& m, RequirementAssessment& ra) {
    for (const auto& [node, reach] : m.shown) {
        if (node < kb.skills.size()) {
            const std::string& name = kb.skills[node].name;
            remove_item(ra.skills_missing, name);
            if (reach->used) {
                remove_item(ra.skills_listed, name);
                remove_item(ra.skills_related, name);
                add_once(ra.skills_used, name);
            } else {
                add_once(ra.skills_listed, name);
            }
        }
        add_once(ra.evidence, reach->evidence);
        if (ra.best_bullet.empty() && a.bullet(reach->evidence)) ra.best_bullet = reach->evidence;
        ra.inferred.push_back(InferredEvidence{reach->path, reach->evidence, reach->used});
    }
}

// The education entry that shows what a degree line names ("Bachelor of
// Nursing" is shown by the BSN, not by the first degree listed), else the first.
std::string education_evidence(const std::vector<size_t>& nodes, const ResumeConcepts& reach) {
    for (size_t node : nodes) {
        const auto it = reach.find(node);
        if (it != reach.end() && starts_with(it->second.evidence, "education")) return it->second.evidence;
    }
    return "education0";
}

double degree_credit(const Requirement& r, const Candidate& c) {
    const double asked = r.degree ? degree_level(*r.degree) : 1.0;
    double best = 0;
    for (const auto& e : c.education) best = std::max(best, degree_level(e.degree.value_or("")));
    if (best >= asked) return 1.0;
    const bool equivalent = icontains(r.text, "equivalent");
    if (equivalent && c.years_experience && *c.years_experience >= 4) return 0.75;
    if (best > 0) return 0.45;
    return equivalent ? 0.35 : 0.0;
}

}  // namespace

double degree_level(const std::string& degree) {
    const std::string d = to_lower(degree);
    auto has = [&](const char* cue) { return matches_cue(d, cue); };
    if (has("phd") || has("ph.d") || has("doctor*") || has("md") || has("dnp") || has("jd") || has("doctorate"))
        return 3;
    if (has("master*") || has("mba") || has("ms") || has("m.s") || has("msc") || has("m.sc") || has("ma") ||
        has("m.a") || has("meng") || has("m.eng") || has("msn") || has("mph") || has("mfa") || has("mpa"))
        return 2;
    if (has("bachelor*") || has("bs") || has("b.s") || has("ba") || has("b.a") || has("bsc") || has("b.sc") ||
        has("beng") || has("b.eng") || has("bsn") || has("btech") || has("b.tech") || has("bba") || has("bfa") ||
        has("undergraduate"))
        return 1;
    if (has("associate*") || has("adn") || has("diploma") || has("bootcamp")) return 0.5;
    return 0;
}

std::vector<RequirementAssessment> assess_requirements(const Knowledge& kb, const Playbook& doc, const Analysis& a) {
    const Candidate& c = doc.candidate;
    const SkillSets sets = candidate_skill_sets(kb, c, a);

    // Term weights over everything both documents say, so rare words count more.
    TermWeights weights;
    std::vector<std::vector<std::string>> bullet_terms;
    for (const auto& b : a.bullets) {
        bullet_terms.push_back(b.terms);
        add_theme_terms(b.themes, bullet_terms.back());
        weights.add_document(bullet_terms.back());
    }
    std::vector<std::vector<std::string>> req_words, req_themes, req_terms;
    for (const auto& r : doc.job.requirements) {
        req_words.push_back(content_terms(kb, r.text));
        req_themes.push_back(themes_in(kb, r.text));
        req_terms.push_back(req_words.back());
        add_theme_terms(req_themes.back(), req_terms.back());
        weights.add_document(req_terms.back());
    }
    std::string listed_text = c.summary.value_or("");
    for (const auto& s : c.skills) listed_text += " " + s.name;
    const std::vector<std::string> listed_terms = content_terms(kb, listed_text);
    std::vector<WeightedTerms> req_weighted;
    for (const auto& terms : req_terms) req_weighted.push_back(weigh_terms(terms, weights));
    const double years = c.years_experience.value_or(0);
    const bool same_field = a.job_family && a.candidate_family && a.job_family->id == a.candidate_family->id;
    const ResumeConcepts reach = resume_concepts(kb, c, a.bullets);

    std::vector<RequirementAssessment> out;
    for (size_t ri = 0; ri < doc.job.requirements.size(); ++ri) {
        const Requirement& r = doc.job.requirements[ri];
        if (r.logistics) continue;  // terms of the job, settled in "Things to settle", never assessed
        RequirementAssessment ra;
        ra.requirement = &r;
        ra.weight = requirement_weight(r, !a.company->generic);
        ra.themes = std::move(req_themes[ri]);
        ra.terms = std::move(req_words[ri]);
        const std::string lower = to_lower(r.text);
        const std::vector<size_t> nodes = concepts_in(kb, r.text);

        // Best supporting bullets: weighted term overlap plus shared themes.
        std::vector<std::pair<double, size_t>> ranked;
        for (size_t bi = 0; bi < a.bullets.size(); ++bi) {
            double score = weighted_overlap(req_weighted[ri], bullet_terms[bi]);
            for (const auto& s : r.skills)
                if (std::find(a.bullets[bi].bullet->skills.begin(), a.bullets[bi].bullet->skills.end(), s) !=
                    a.bullets[bi].bullet->skills.end())
                    score += 0.2;
            if (score > 0) ranked.push_back({-score, bi});
        }
        std::sort(ranked.begin(), ranked.end());
        double text_part = ranked.empty() ? 0.0 : std::min(1.0, -ranked.front().first);
        // A line can be proven by several bullets together ("own features end-to-end,
        // from architecture through deployment"): count the terms the top three share.
        if (ranked.size() >= 2) {
            std::vector<std::string> together;
            for (size_t k = 0; k < ranked.size() && k < 3; ++k)
                for (const auto& t : bullet_terms[ranked[k].second]) together.push_back(t);
            text_part = std::max(text_part, 0.9 * weighted_overlap(req_weighted[ri], together));
        }
        ra.best_overlap = text_part;
        for (size_t k = 0; k < ranked.size() && ra.evidence.size() < 3; ++k)
            if (-ranked[k].first >= 0.3) ra.evidence.push_back(a.bullets[ranked[k].second].bullet->id);
        if (!ra.evidence.empty()) ra.best_bullet = ra.evidence.front();
        const double listed_part = 0.8 * weighted_overlap(req_weighted[ri], listed_terms);

        // Themes of the bullets that support this line.
        std::vector<std::string> supporting_themes;
        for (size_t k = 0; k < ranked.size() && k < 3; ++k)
            for (const auto& t : a.bullets[ranked[k].second].themes) supporting_themes.push_back(t);
        auto theme_shown = [&](const std::string& skill) { return skill_is_theme_shown(kb, skill, supporting_themes); };

        // Named skills: used in a bullet, only listed, or a related skill instead.
        std::vector<double> skill_credits;
        for (const auto& name : r.skills) {
            double credit = 0;
            // A credential not held yet answers only a line that asks for progress.
            const bool not_yet = sets.in_progress.count(name) &&
                                 !has_phrase(r.text, kb.resume_words.credentials_in_progress);
            if (sets.used.count(name) && !not_yet) {
                credit = 1.0;
                ra.skills_used.push_back(name);
                const auto held = sets.held.find(name);
                if (held != sets.held.end() &&
                    std::find(ra.evidence.begin(), ra.evidence.end(), held->second) == ra.evidence.end())
                    ra.evidence.push_back(held->second);
            } else if (sets.listed.count(name) &&
                       !((is_conceptual(kb.skill_named(name)) && text_part >= 0.4) || theme_shown(name))) {
                credit = kListedCredit;
                ra.skills_listed.push_back(name);
            } else if ((is_conceptual(kb.skill_named(name)) && text_part >= 0.4) || theme_shown(name)) {
                // Shown by the work itself rather than named: a bullet sharing over
                // half the line's weighted terms is as good as naming the practice.
                credit = std::max(std::min(1.0, text_part / 0.55), theme_shown(name) ? 0.6 : 0.0);
                ra.skills_used.push_back(name);
            } else {
                const SkillDef* def = kb.skill_named(name);
                if (def)
                    for (const auto& rel_id : def->related) {
                        const SkillDef* rel = kb.skill(rel_id);
                        if (!rel) continue;
                        const double rel_credit = sets.used.count(rel->name)     ? kRelatedUsedCredit
                                                  : sets.listed.count(rel->name) ? kRelatedListedCredit
                                                                                 : 0.0;
                        if (rel_credit == 0) continue;
                        credit = std::max(credit, rel_credit);
                        if (std::find(ra.skills_related.begin(), ra.skills_related.end(), rel->name) ==
                            ra.skills_related.end())
                            ra.skills_related.push_back(rel->name);
                    }
                if (credit == 0) ra.skills_missing.push_back(name);
            }
            skill_credits.push_back(credit);
        }
        if (!ra.skills_listed.empty() || !ra.skills_related.empty())
            if (std::find(ra.evidence.begin(), ra.evidence.end(), "skills-section") == ra.evidence.end())
                ra.evidence.push_back("skills-section");

        double credit = 0;
        if (r.years) {
            const double ratio = std::min(1.0, years / std::max(1, *r.years));
            credit = ratio * (same_field ? 1.0 : 0.55);
        } else if (r.degree || (r.competency == "education" && r.skills.empty())) {
            // A credential that names a skill ("Registered Nurse License") is
            // shown by that skill, not by holding any degree.
            credit = degree_credit(r, c);
            if (!c.education.empty()) ra.evidence.push_back(education_evidence(nodes, reach));
        } else if (r.competency == "values" && !a.culture.empty()) {
            // Values lines ask for explicit alignment: the value's own words in the
            // resume count fully, signals alone count half.
            double named = 0, shown = 0, total = 0;
            for (const auto& v : a.culture) {
                const bool asked = matches_cue(lower, to_lower(a.culture_profile->values[v.value].name));
                if (!asked) continue;
                total += 1;
                if (v.named_in_resume) named += 1;
                if (!v.bullets.empty()) shown += 1;
            }
            if (total == 0) {
                for (const auto& v : a.culture) {
                    total += 1;
                    if (v.named_in_resume) named += 1;
                    if (!v.bullets.empty()) shown += 1;
                }
            }
            credit = total > 0 ? 0.5 * named / total + 0.5 * shown / total : 0.0;
        } else if (!skill_credits.empty()) {
            double agg = 0;
            if (skills_are_alternatives(lower)) agg = *std::max_element(skill_credits.begin(), skill_credits.end());
            else {
                for (double s : skill_credits) agg += s;
                agg /= static_cast<double>(skill_credits.size());
            }
            credit = 0.7 * agg + 0.3 * std::min(1.0, 1.3 * std::max(text_part, listed_part));
            if (ra.skills_used.empty()) credit = std::min(credit, kCapWithoutUse);
        } else {
            credit = std::min(1.0, 1.3 * std::max(text_part, listed_part));
            if (text_part < listed_part && listed_part > 0.3) {
                // Only the skills section or summary says it: partial at best.
                credit = std::min(credit, kCapWithoutUse);
                if (std::find(ra.evidence.begin(), ra.evidence.end(), "skills-section") == ra.evidence.end())
                    ra.evidence.push_back("skills-section");
            }
        }

        // Evidence by meaning can only add: the line's concepts shown directly
        // or through narrower and implying ones the resume names.
        const bool skill_or_text_line = !r.years && !r.degree && !(r.competency == "education" && r.skills.empty()) &&
                                        !(r.competency == "values" && !a.culture.empty());
        if (skill_or_text_line) {
            const MeaningCredit m = meaning_credit(nodes, reach, skills_are_alternatives(lower));
            // A bullet that names a narrower concept describes the work the line asks
            // for, so the line's words need not recur in it.
            double by_meaning = 0.7 * m.credit + 0.3 * std::min(1.0, 1.3 * std::max(text_part, listed_part));
            if (m.any_used) by_meaning = std::max(by_meaning, m.credit);
            else by_meaning = std::min(by_meaning, kCapWithoutUse);
            if (m.credit > 0 && by_meaning > credit + 1e-9) {
                credit = by_meaning;
                take_meaning(kb, a, m, ra);
            }
        }

        const std::string clause = qualifier_clause(r.text);
        if (!clause.empty()) {
            const WeightedTerms clause_terms = weigh_terms(content_terms(kb, clause), weights);
            double best = 0;
            for (const auto& bt : bullet_terms) best = std::max(best, weighted_overlap(clause_terms, bt));
            if (best < 0.5) {
                ra.unmet_clause = clause;
                credit = std::min(credit, kCapWithoutUse);
            }
        }

        ra.credit = credit;
        ra.status = credit >= kCovered   ? RequirementStatus::Covered
                    : credit >= kPartial ? RequirementStatus::Partial
                                         : RequirementStatus::Gap;
        out.push_back(std::move(ra));
    }
    return out;
}

}  // namespace ip
