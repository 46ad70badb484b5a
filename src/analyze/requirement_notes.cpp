#include "analyze/requirement_notes.h"

#include <cmath>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/slot_template.h"

namespace ip {

std::vector<RequirementFit> requirement_table(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                             ProseLedger& ledger) {
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
            const Span said = years_said(c);
            const Span shown = said.text.empty() ? Span{count_noun(0, "year"), SpanKind::Plain} : said;
            n.append(ledger.fresh(kb, "req.years", seed + q.id, {{"shown", shown},
                                                           {"asked", {std::to_string(*q.years), SpanKind::Plain}}}));
        } else if (q.degree && !c.education.empty()) {
            const Education& e = c.education.front();
            const char* key = !e.degree ? "req.institution" : e.field ? "req.degree_field" : "req.degree";
            n.append(ledger.fresh(kb, key, seed + q.id,
                            {{"degree", {e.degree.value_or(""), SpanKind::Fact}},
                             {"field", {e.field.value_or(""), SpanKind::Fact}},
                             {"institution", {e.institution, SpanKind::Fact}}}));
        } else if (!r.unmet_clause.empty() && best) {
            n.append(ledger.fresh(kb, "req.clause", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                            {"clause", {strip_trailing_period(r.unmet_clause), SpanKind::Fact}}}));
        } else if (r.status == RequirementStatus::Covered && best) {
            n.append(ledger.fresh(kb, "req.covered", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                             {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else if (!r.skills_listed.empty() && r.skills_used.empty()) {
            n.append(ledger.fresh(kb, "req.listed_only", seed + q.id, {{"skills", {join_list(skill_phrases(kb, r.skills_listed, 3)), SpanKind::Plain}}}));
        } else if (!r.skills_related.empty() && r.skills_used.empty()) {
            n.append(ledger.fresh(kb, "req.related", seed + q.id, {{"related", {join_list(skill_phrases(kb, r.skills_related, 3)), SpanKind::Plain}}}));
        } else if (best) {
            n.append(ledger.fresh(kb, "req.partial", seed + q.id, {{"evidence", bullet_fact(*best, 80)},
                                                             {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else {
            // A topic-specific line first; the generic ones only while they are fresh.
            Rich note = ledger.fresh(kb, "req.gap_topic", seed + q.id, {{"topic", {requirement_topic(kb, r), SpanKind::Plain}}});
            if (note.empty()) note = ledger.fresh(kb, "req.gap", seed + q.id, {});
            n.append(note);
        }
        f.note = n.build();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace ip
