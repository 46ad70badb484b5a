#include "compose/bridge_script.h"

#include <algorithm>
#include <cmath>

#include "analyze/gap_ranking.h"
#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/focus_values.h"
#include "compose/job_refs.h"
#include "compose/resume_voice.h"
#include "compose/skill_prose.h"
#include "compose/spoken_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

enum class GapKind { Values, Years, YearsSpecific, Credential, Related, Listed, Other };

GapKind kind_of(const Knowledge& kb, const Playbook& doc, const Analysis& a, const RequirementAssessment& ra) {
    const Requirement& r = *ra.requirement;
    if (r.competency == "values" && !a.company->generic) return GapKind::Values;
    // Short of the years asked for; with enough years in total, the gap is in what the line specifies.
    if (r.years) return doc.candidate.years_experience.value_or(0) < *r.years ? GapKind::Years : GapKind::YearsSpecific;
    if (r.degree || r.competency == "education") return GapKind::Credential;
    // "I haven't used X, but I've used Y" only reads right for tools and languages.
    bool tools = !ra.skills_missing.empty();
    for (const auto& m : ra.skills_missing)
        if (prose_skill(kb, m) != m) tools = false;  // a practice, not a tool
    if (tools && !ra.skills_related.empty()) return GapKind::Related;
    if (!ra.skills_listed.empty()) return GapKind::Listed;
    return GapKind::Other;
}

const char* kind_name(GapKind k) {
    switch (k) {
        case GapKind::Values: return "values";
        case GapKind::Years: return "years";
        case GapKind::YearsSpecific: return "years_specific";
        case GapKind::Credential: return "credential";
        case GapKind::Related: return "related";
        case GapKind::Listed: return "listed";
        case GapKind::Other: break;
    }
    return "default";
}

bool shares(const std::vector<std::string>& x, const std::vector<std::string>& y) {
    for (const auto& t : x)
        if (std::find(y.begin(), y.end(), t) != y.end()) return true;
    return false;
}

struct Closest {
    const BulletRef* bullet = nullptr;
    bool related = false;  // shares a theme or words with the requirement
};

// The resume line closest to the requirement: its best evidence, else the
// line sharing most with it (themes, words), else the strongest recent line.
Closest closest_bullet(const Analysis& a, const RequirementAssessment& ra, const std::set<std::string>& avoid) {
    if (!ra.best_bullet.empty() && !avoid.count(ra.best_bullet))
        if (const BulletRef* b = a.bullet(ra.best_bullet)) return {b, true};
    for (const auto& id : ra.evidence)
        if (!avoid.count(id))
            if (const BulletRef* b = a.bullet(id)) return {b, true};
    Closest best;
    double best_score = -1;
    for (const auto& b : a.bullets) {
        if (avoid.count(b.bullet->id)) continue;
        double overlap = shares(b.themes, ra.themes) ? 2.0 : 0.0;
        for (const auto& t : b.terms)
            if (std::find(ra.terms.begin(), ra.terms.end(), t) != ra.terms.end()) overlap += 1.0;
        const double recency = b.is_project ? 0.0 : 1.0 / (1.0 + static_cast<double>(b.position));
        const double score = overlap + b.impact + recency;
        if (score > best_score) {
            best = {&b, overlap > 0};
            best_score = score;
        }
    }
    if (!best.bullet && !avoid.empty()) return closest_bullet(a, ra, {});
    return best;
}

RichBuilder& space(RichBuilder& r) { return r.empty() ? r : r.plain(" "); }

std::vector<std::string> first_two(const std::vector<std::string>& v) {
    return {v.begin(), v.begin() + std::min<size_t>(2, v.size())};
}

}  // namespace

std::string gap_noun(const Knowledge& kb, const RequirementAssessment& ra) {
    if (ra.unmet_clause.empty())
        for (const auto* skills : {&ra.skills_missing, &ra.skills_listed, &ra.requirement->skills})
            if (!skills->empty()) return prose_skills(kb, *skills);
    const std::string topic = topic_phrase(kb, trim_dangling(kb, requirement_topic(kb, ra)));
    // A clause cut down to a word or two ("one") says nothing; fall back to the line as a whole.
    if (split(topic, ' ').size() < 2) return topic_phrase(kb, trim_dangling(kb, excerpt(ra.requirement->text, 60)));
    return topic;
}

Rich BridgeScript::script() const {
    RichBuilder r;
    for (const Rich* part : {&acknowledge, &pivot, &evidence, &growth, &close}) {
        if (part->empty()) continue;
        space(r).append(*part);
    }
    return r.build();
}

Rich BridgeScript::short_version() const {
    RichBuilder r;
    r.append(acknowledge);
    if (!evidence.empty()) space(r).append(evidence);
    return r.build();
}

BridgeScript build_bridge(const Knowledge& kb, const Playbook& doc, const Analysis& a, const RequirementAssessment& ra,
                          ProseWriter& ph, const Seed& seed, const std::set<std::string>& avoid) {
    // Each later use of a key in this document moves on to its next variant.
    auto next = [&](const std::string& key, const SlotValues& slots) { return ph.next(key, seed, slots); };
    const Requirement& req = *ra.requirement;
    const std::string company = company_display_name(a, doc);
    const std::string role = trim(doc.job.title.value_or("")).empty() ? "open" : trim(*doc.job.title);
    const GapKind kind = kind_of(kb, doc, a, ra);

    BridgeScript s;
    s.gap = kind == GapKind::Values ? company + "'s " + values_name(*a.company)
            : kind == GapKind::YearsSpecific
                ? rich_to_plain(ph.say("script.years_specific.noun", seed_for(Purpose::GapScripts, {req.id})))
                : gap_noun(kb, ra);
    const Closest closest = closest_bullet(a, ra, avoid);
    s.evidence_bullet = closest.bullet;
    SlotValues slots{{"gap", one_span(s.gap, SpanKind::Plain)},
                     {"company", one_span(company, SpanKind::Plain)},
                     {"role", one_span(role, SpanKind::Plain)},
                     {"values", one_span(values_name(*a.company), SpanKind::Plain)}};
    if (s.evidence_bullet) {
        slots["employer"] = employer_ref(*s.evidence_bullet);
        slots["achievement"] = achievement(kb, *s.evidence_bullet);
    }

    // Acknowledge.
    switch (kind) {
        case GapKind::Values: s.acknowledge = next("script.values.acknowledge", slots); break;
        case GapKind::Years:
        case GapKind::YearsSpecific: {
            slots["asked"] = one_span(count_noun(*req.years, "year"), SpanKind::Plain);
            const Span have = years_said(kb, doc.candidate);
            slots["have"] = have.text.empty() ? one_span("less than a year", SpanKind::Plain)
                                              : one_span(have.text, have.kind);
            s.acknowledge = next(
                kind == GapKind::Years ? "script.years.acknowledge" : "script.years_specific.acknowledge", slots);
            break;
        }
        case GapKind::Credential: s.acknowledge = next("script.credential.acknowledge", slots); break;
        case GapKind::Listed:
            slots["skills"] = one_span(prose_skills(kb, ra.skills_listed), SpanKind::Plain);
            s.acknowledge = next("script.listed.acknowledge", slots);
            break;
        default: s.acknowledge = next("bridge_acknowledge", slots); break;
    }

    // Pivot and evidence.
    if (kind == GapKind::Values) {
        s.pivot = next("script.values.pivot", slots);
        RichBuilder ev;
        size_t shown = 0;
        for (const auto& v : a.values) {
            if (shown == 2 || v.bullets.empty()) continue;
            const ValueDef& def = a.company->values[v.value];
            if (!icontains(req.text, def.name) && !v.named_in_job) continue;
            const BulletRef* b = a.bullet(v.bullets.front());
            if (!b) continue;
            SlotValues vs = slots;
            vs["value"] = one_span(def.name, SpanKind::Strong);
            vs["employer"] = employer_ref(*b);
            vs["achievement"] = achievement(kb, *b);
            space(ev).append(next("script.values.evidence", vs));
            ++shown;
        }
        space(ev).fill(rich_to_plain(next("script.values.fill", slots)));
        s.evidence = ev.build();
    } else if (s.evidence_bullet) {
        if (kind == GapKind::Related) {
            slots["missing"] = one_span(join_list(first_two(ra.skills_missing)), SpanKind::Plain);
            slots["related"] = one_span(join_list(first_two(ra.skills_related)), SpanKind::Strong);
            s.pivot = next("script.related.pivot", slots);
        } else if (kind == GapKind::Years || kind == GapKind::YearsSpecific) {
            s.pivot = next("script.years.pivot", slots);
        } else if (closest.related) {
            s.pivot = next("bridge_pivot", slots);
        } else {
            // Nothing on the page is close: point to how the candidate works, not to "related experience".
            s.pivot = next("script.pivot_habits", slots);
        }
        RichBuilder ev;
        ev.append(next("bridge_evidence", slots));
        space(ev).fill(rich_to_plain(next("script.evidence_fill", slots)));
        s.evidence = ev.build();
    } else {
        s.evidence = RichBuilder().fill(rich_to_plain(next("script.no_evidence_fill", slots))).build();
    }

    // How it is being closed, then the close.
    // Values and years are not "being worked on"; the evidence is the answer.
    if (kind != GapKind::Values && kind != GapKind::YearsSpecific) {
        RichBuilder growth;
        growth.append(next(kind == GapKind::Years ? "script.years.growth" : "bridge_growth", slots));
        const char* fill_key = kind == GapKind::Credential ? "script.credential.growth_fill" : "script.growth_fill";
        space(growth).fill(rich_to_plain(next(fill_key, slots)));
        s.growth = growth.build();
    }
    s.close = next("bridge_close", slots);

    // Why they will probe it, and what to check first.
    RichBuilder why;
    why.append(next("bridge_why_probe", slots));
    const std::string probe = theme_probe(kb, main_theme(ra, s.evidence_bullet), a.job_family);
    if (!probe.empty() && kind != GapKind::Years && kind != GapKind::Credential)
        space(why).append(next("script.probe_theme", {{"probe", one_span(probe, SpanKind::Plain)}}));
    if (!a.company->generic && kind != GapKind::Values)
        if (const ValueDef* v = value_for_text(kb, a, req.text)) {
            SlotValues vs = slots;
            vs["value"] = one_span(v->name, SpanKind::Strong);
            space(why).append(next("script.probe_value", vs));
        }
    s.why_probe = why.build();

    s.verify.push_back(rich_to_plain(next("bridge_verify", slots)));
    if (s.evidence_bullet && kind != GapKind::Values) {
        SlotValues vs = slots;
        vs["bullet"] = one_span(clause_excerpt(kb, s.evidence_bullet->bullet->text, 100), SpanKind::Plain);
        s.verify.push_back(rich_to_plain(next("script.verify_evidence", vs)));
    }
    s.verify.push_back(rich_to_plain(next(kind_key(kb, "script.verify", kind_name(kind)), slots)));
    return s;
}

std::vector<const RequirementAssessment*> scripted_gaps(const Playbook& doc, const Analysis& a) {
    std::vector<const RequirementAssessment*> out;
    for (const RequirementAssessment* ra : ranked_gaps(a))
        for (const auto& g : doc.fit.gaps)
            if (g.requirement == ra->requirement->id) out.push_back(ra);
    return out;
}

}  // namespace ip
