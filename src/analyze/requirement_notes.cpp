#include "analyze/requirement_notes.h"

#include <cmath>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/slot_template.h"

namespace ip {

std::vector<RequirementFit> requirement_table(const Knowledge& kb, const Playbook& doc, const Analysis& a) {
    const Candidate& c = doc.candidate;
    const std::string seed = c.name.value_or("") + "|req";
    std::vector<RequirementFit> out;
    for (const auto& r : a.requirements) {
        const Requirement& q = *r.requirement;
        RequirementFit f;
        f.id = q.id;
        f.status = r.status;
        f.evidence = r.evidence;
        const BulletRef* best = r.best_bullet.empty() ? nullptr : a.bullet(r.best_bullet);
        RichBuilder n;
        if (q.years) {
            const double y = c.years_experience.value_or(0);
            const long shown = std::lround(y);
            n.append(phrase(kb, "req.years", seed + q.id, {{"shown", {count_noun(shown, "year"), SpanKind::Plain}},
                                                           {"asked", {std::to_string(*q.years), SpanKind::Plain}}}));
        } else if ((q.degree || q.competency == "education") && !c.education.empty()) {
            const Education& e = c.education.front();
            std::string what = e.degree.value_or("");
            if (e.field) what += (what.empty() ? "" : " ") + *e.field;
            n.append(phrase(kb, what.empty() ? "req.institution" : "req.degree", seed + q.id,
                            {{"degree", {what, SpanKind::Fact}}, {"institution", {e.institution, SpanKind::Fact}}}));
        } else if (!r.unmet_clause.empty() && best) {
            n.append(phrase(kb, "req.clause", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                            {"clause", {strip_trailing_period(r.unmet_clause), SpanKind::Fact}}}));
        } else if (r.status == "covered" && best) {
            n.append(phrase(kb, "req.covered", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                             {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else if (!r.skills_listed.empty() && r.skills_used.empty()) {
            n.append(phrase(kb, "req.listed_only", seed + q.id, {{"skills", {join_list(skill_phrases(kb, r.skills_listed, 3)), SpanKind::Plain}}}));
        } else if (!r.skills_related.empty() && r.skills_used.empty()) {
            n.append(phrase(kb, "req.related", seed + q.id, {{"related", {join_list(skill_phrases(kb, r.skills_related, 3)), SpanKind::Plain}}}));
        } else if (best) {
            n.append(phrase(kb, "req.partial", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                             {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else {
            n.append(phrase(kb, "req.gap", seed + q.id, {}));
        }
        f.note = n.build();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace ip
