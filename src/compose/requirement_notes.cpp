#include "compose/requirement_notes.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/spoken_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"
#include "parse/resume_line_kinds.h"

namespace ip {

namespace {

// The index a held-evidence id names ("position2" -> 2), when it has that prefix.
std::optional<size_t> held_index(const std::string& id, std::string_view prefix) {
    if (!starts_with(id, prefix)) return std::nullopt;
    return static_cast<size_t>(std::atoi(id.c_str() + prefix.size()));
}

// The position whose title alone answers the line (its evidence "position<i>").
const Position* title_held(const Candidate& c, const RequirementAssessment& r) {
    for (const auto& id : r.evidence)
        if (const auto i = held_index(id, kTitleEvidence);
            i && *i < c.positions.size() && !c.positions[*i].title.empty())
            return &c.positions[*i];
    return nullptr;
}

// The credential's name as the resume wrote it: the reader takes a date out
// of "CFA Level II Candidate (exam scheduled May 2027)", and the parenthesis
// it leaves behind is no longer the person's words.
std::string credential_as_written(const std::string& name) {
    const size_t open = name.rfind(" (");
    if (open != std::string::npos && name.size() >= 2 && name.compare(name.size() - 2, 2, " )") == 0)
        return name.substr(0, open);
    return name;
}

// The credential that answers the line (its evidence "certification<i>").
const Certification* credential_held(const Candidate& c, const RequirementAssessment& r) {
    for (const auto& id : r.evidence)
        if (const auto i = held_index(id, kCertificationEvidence); i && *i < c.certifications.size())
            return &c.certifications[*i];
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
            const Span said = years_said(kb, c);
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
        } else if (const Certification* cert = credential_held(c, r); r.status == RequirementStatus::Covered && cert) {
            const bool on_the_way = has_phrase(cert->name, kb.resume_words.credentials_in_progress);
            n.append(ph.fresh(on_the_way ? "req.credential_progress" : "req.credential", seed.about(q.id),
                              {{"credential", {credential_as_written(cert->name), SpanKind::Fact}}}));
        } else if (const Position* held = title_held(c, r); r.status == RequirementStatus::Covered && held) {
            n.append(
                ph.fresh(held->company.empty() ? "req.title" : "req.title_at", seed.about(q.id),
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
            Rich note = ph.fresh("req.gap_topic", seed.about(q.id),
                                 {{"topic", {requirement_topic(kb, r), SpanKind::Plain}}});
            if (note.empty()) note = ph.fresh("req.gap", seed.about(q.id), {});
            n.append(note);
        }
        f.note = n.build();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace ip
