#include "analyze/requirement_match.h"

#include <algorithm>
#include <set>

#include "analyze/role_family.h"
#include "analyze/terms.h"
#include "analyze/text_match.h"
#include "core/text.h"

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

struct SkillSets {
    std::set<std::string> used;    // canonical names used in bullets
    std::set<std::string> listed;  // skills section or summary
};

SkillSets candidate_skill_sets(const Candidate& c, const Analysis& a) {
    SkillSets s;
    for (const auto& b : a.bullets)
        for (const auto& name : b.bullet->skills) s.used.insert(name);
    for (const auto& sk : c.skills)
        for (const auto& ev : sk.evidence)
            if (ev == "skills-section" || ev == "summary") s.listed.insert(sk.name);
    return s;
}

double requirement_weight(const Requirement& r, bool company_known) {
    if (r.competency == "values") return company_known ? 1.0 : 0.5;
    if (r.kind == "required") return 1.0;
    if (r.kind == "responsibility") return 0.8;
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
    const SkillSets sets = candidate_skill_sets(c, a);

    // Term weights over everything both documents say, so rare words count more.
    TermWeights weights;
    std::vector<std::vector<std::string>> bullet_terms;
    for (const auto& b : a.bullets) {
        bullet_terms.push_back(content_terms(kb, b.bullet->text));
        weights.add_document(bullet_terms.back());
    }
    std::vector<std::vector<std::string>> req_terms;
    for (const auto& r : doc.job.requirements) {
        req_terms.push_back(content_terms(kb, r.text));
        weights.add_document(req_terms.back());
    }
    std::string listed_text = c.summary.value_or("");
    for (const auto& s : c.skills) listed_text += " " + s.name;
    const std::vector<std::string> listed_terms = content_terms(kb, listed_text);
    const double years = c.years_experience.value_or(0);
    const bool same_field = a.job_family && a.candidate_family && a.job_family->id == a.candidate_family->id;

    std::vector<RequirementAssessment> out;
    for (size_t ri = 0; ri < doc.job.requirements.size(); ++ri) {
        const Requirement& r = doc.job.requirements[ri];
        RequirementAssessment ra;
        ra.requirement = &r;
        ra.weight = requirement_weight(r, !a.company->generic);
        ra.themes = themes_in(kb, r.text);
        const std::string lower = to_lower(r.text);

        // Best supporting bullets: weighted term overlap plus shared themes.
        std::vector<std::pair<double, size_t>> ranked;
        for (size_t bi = 0; bi < a.bullets.size(); ++bi) {
            double score = weighted_overlap(req_terms[ri], bullet_terms[bi], weights);
            for (const auto& t : ra.themes)
                if (std::find(a.bullets[bi].themes.begin(), a.bullets[bi].themes.end(), t) !=
                    a.bullets[bi].themes.end())
                    score += 0.08;
            for (const auto& s : r.skills)
                if (std::find(a.bullets[bi].bullet->skills.begin(), a.bullets[bi].bullet->skills.end(), s) !=
                    a.bullets[bi].bullet->skills.end())
                    score += 0.2;
            if (score > 0) ranked.push_back({-score, bi});
        }
        std::sort(ranked.begin(), ranked.end());
        const double text_part = ranked.empty() ? 0.0 : std::min(1.0, -ranked.front().first);
        ra.best_overlap = text_part;
        for (size_t k = 0; k < ranked.size() && ra.evidence.size() < 3; ++k)
            if (-ranked[k].first >= 0.3) ra.evidence.push_back(a.bullets[ranked[k].second].bullet->id);
        if (!ra.evidence.empty()) ra.best_bullet = ra.evidence.front();
        const double listed_part = 0.8 * weighted_overlap(req_terms[ri], listed_terms, weights);

        // Named skills: used in a bullet, only listed, or a related skill instead.
        std::vector<double> skill_credits;
        for (const auto& name : r.skills) {
            double credit = 0;
            if (sets.used.count(name)) {
                credit = 1.0;
                ra.skills_used.push_back(name);
            } else if (sets.listed.count(name)) {
                credit = kListedCredit;
                ra.skills_listed.push_back(name);
            } else {
                const SkillDef* def = kb.skill_named(name);
                if (def)
                    for (const auto& rel_id : def->related) {
                        const SkillDef* rel = kb.skill(rel_id);
                        if (!rel) continue;
                        if (sets.used.count(rel->name)) credit = std::max(credit, kRelatedUsedCredit);
                        else if (sets.listed.count(rel->name)) credit = std::max(credit, kRelatedListedCredit);
                        if (credit > 0 && std::find(ra.skills_related.begin(), ra.skills_related.end(), rel->name) ==
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
        } else if (r.degree || r.competency == "education") {
            credit = degree_credit(r, c);
            if (!c.education.empty()) ra.evidence.push_back("education0");
        } else if (r.competency == "values" && !a.values.empty()) {
            // Values lines ask for explicit alignment: the value's own words in the
            // resume count fully, signals alone count half.
            double named = 0, shown = 0, total = 0;
            for (const auto& v : a.values) {
                const bool asked = matches_cue(lower, to_lower(a.company->values[v.value].name));
                if (!asked) continue;
                total += 1;
                if (v.named_in_resume) named += 1;
                if (!v.bullets.empty()) shown += 1;
            }
            if (total == 0) {
                for (const auto& v : a.values) {
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
            credit = 0.7 * agg + 0.3 * std::max(text_part, listed_part);
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

        const std::string clause = qualifier_clause(r.text);
        if (!clause.empty()) {
            const std::vector<std::string> clause_terms = content_terms(kb, clause);
            double best = 0;
            for (const auto& bt : bullet_terms) best = std::max(best, weighted_overlap(clause_terms, bt, weights));
            if (best < 0.5) {
                ra.unmet_clause = clause;
                credit = std::min(credit, kCapWithoutUse);
            }
        }

        ra.credit = credit;
        ra.status = credit >= kCovered ? "covered" : credit >= kPartial ? "partial" : "gap";
        out.push_back(std::move(ra));
    }
    return out;
}

}  // namespace ip
