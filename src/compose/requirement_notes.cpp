#include "compose/requirement_notes.h"

#include <cmath>
#include <cstdlib>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/prose_writer.h"
#include "core/text.h"

namespace ip {

namespace {

// The position whose title alone answers the line (its evidence "position<i>").
const Position* title_held(const Candidate& c, const RequirementAssessment& r) {
    for (const auto& id : r.evidence) {
        if (!starts_with(id, kTitleEvidence)) continue;
        const size_t i = static_cast<size_t>(std::atoi(id.c_str() + kTitleEvidence.size()));
        if (i < c.positions.size() && !c.positions[i].title.empty()) return &c.positions[i];
    }
    return nullptr;
}

}  // namespace

std::vector<RequirementFit> requirement_table(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                              ProseWriter& ph) {
    const Candidate& c = doc.candidate;
    const Seed seed = seed_for(Purpose::Requirement, {c.name.value_or("")});
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
            n.append(ph.fresh("req.years", seed.about(q.id),
                              {{"shown", shown}, {"asked", {std::to_string(*q.years), SpanKind::Plain}}}));
        } else if (q.degree && !c.education.empty()) {
            const Education& e = c.education.front();
            const char* key = !e.degree ? "req.institution" : e.field ? "req.degree_field" : "req.degree";
            n.append(ph.fresh(key, seed.about(q.id),
                              {{"degree", {e.degree.value_or(""), SpanKind::Fact}},
                               {"field", {e.field.value_or(""), SpanKind::Fact}},
                               {"institution", {e.institution, SpanKind::Fact}}}));
        } else if (!r.unmet_clause.empty() && best) {
            n.append(ph.fresh("req.clause", seed.about(q.id),
                              {{"evidence", bullet_fact(*best, 80)},
                               {"clause", {strip_trailing_period(r.unmet_clause), SpanKind::Fact}}}));
        } else if (r.status == RequirementStatus::Covered && best) {
            n.append(
                ph.fresh("req.covered", seed.about(q.id),
                         {{"evidence", bullet_fact(*best, 80)}, {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else if (const Position* held = title_held(c, r); r.status == RequirementStatus::Covered && held) {
            n.append(ph.fresh(held->company.empty() ? "req.title" : "req.title_at", seed.about(q.id),
                              {{"title", {held->title, SpanKind::Fact}}, {"employer", {held->company, SpanKind::Fact}}}));
        } else if (!r.skills_listed.empty() && r.skills_used.empty()) {
            n.append(ph.fresh("req.listed_only", seed.about(q.id),
                              {{"skills", {join_list(skill_phrases(kb, r.skills_listed, 3)), SpanKind::Plain}}}));
        } else if (!r.skills_related.empty() && r.skills_used.empty()) {
            n.append(ph.fresh("req.related", seed.about(q.id),
                              {{"related", {join_list(skill_phrases(kb, r.skills_related, 3)), SpanKind::Plain}}}));
        } else if (best) {
            n.append(
                ph.fresh("req.partial", seed.about(q.id),
                         {{"evidence", bullet_fact(*best, 80)}, {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else {
            // A topic-specific line first; the generic ones only while they are fresh.
            Rich note =
                ph.fresh("req.gap_topic", seed.about(q.id), {{"topic", {requirement_topic(kb, r), SpanKind::Plain}}});
            if (note.empty()) note = ph.fresh("req.gap", seed.about(q.id), {});
            n.append(note);
        }
        f.note = n.build();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace ip
