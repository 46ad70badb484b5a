#include "compose/strengths_gaps.h"

#include <algorithm>
#include <set>

#include "analyze/gap_ranking.h"
#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "analyze/text_match.h"
#include "compose/spoken_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

bool is_credential_line(const Requirement& r) {
    return r.years.has_value() || r.degree.has_value() || r.competency == "education";
}

// The theme's title in the job family's own words when the knowledge base has
// them ("strength_title.customer.healthcare": patients, not customers).
std::string strength_title_key(const Knowledge& kb, const Analysis& a, const std::string& theme) {
    const std::string key = "strength_title." + theme;
    if (a.job_family && !kb.phrases(key + "." + a.job_family->id).empty()) return key + "." + a.job_family->id;
    return kb.phrases(key).empty() ? "strength_title.default" : key;
}

std::string values_short_name(const CompanyDef& c) {
    std::string s = c.values_source;
    const size_t paren = s.find('(');
    if (paren != std::string::npos) s = s.substr(0, paren);
    s = trim(s);
    return s.empty() ? "values" : s;
}

// "you designed" + fact, with "At Employer, " in front.
void add_did(const Knowledge& kb, RichBuilder& b, const BulletRef& ref, const char* lead, ProseWriter& ph) {
    RichBuilder sentence;
    sentence.plain(trim(lead)).plain(" ").plain(where_phrase(ref)).plain(", ").append(you_did(kb, ref)).plain(".");
    ph.claim(rich_to_plain(sentence.build()));
    add_sentence(b, sentence.build());
}

}  // namespace

std::vector<Strength> pick_strengths(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::Strength, {doc.candidate.name.value_or("")});
    std::vector<std::pair<double, const RequirementAssessment*>> ranked;
    for (const auto& r : a.requirements) {
        if (is_credential_line(*r.requirement) || r.requirement->competency == "values") continue;
        if (r.best_bullet.empty() || r.status == RequirementStatus::Gap) continue;
        const BulletRef* b = a.bullet(r.best_bullet);
        const double status_boost = r.status == RequirementStatus::Covered ? 1.0 : 0.45;
        // Responsibilities describe the job itself; a line with no telling
        // theme ("Proficiency in Java") makes a weak headline.
        const double weight = r.requirement->kind == RequirementKind::Responsibility ? 1.0 : r.weight;
        const double telling = main_theme(r, b) == "results" ? 0.6 : 1.0;
        ranked.push_back(
            {-(weight * r.credit * status_boost * telling * (1.0 + b->impact) + 0.05 * r.themes.size()), &r});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });

    std::vector<Strength> out;
    std::set<std::string> used_bullets, used_themes;
    for (const auto& [score, r] : ranked) {
        if (out.size() == 3) break;
        if (used_bullets.count(r->best_bullet)) continue;
        const BulletRef* b = a.bullet(r->best_bullet);
        const std::string theme = main_theme(*r, b);
        if (used_themes.count(theme)) continue;
        used_bullets.insert(r->best_bullet);
        used_themes.insert(theme);

        Strength s;
        const std::string topic = r->skills_used.empty() ? requirement_topic(kb, *r)
                                                         : skill_phrase(kb, r->skills_used.front());
        const std::string title_key = strength_title_key(kb, a, theme);
        s.title = rich_to_plain(
            ph.say(title_key, seed.about(theme),
                   {{"topic", {topic, SpanKind::Plain}}, {"Topic", {capitalize_first(topic), SpanKind::Plain}}}));

        RichBuilder body;
        body.append(ph.fresh("strength.jd", seed.about(r->requirement->id),
                             {{"jd", {excerpt(r->requirement->text, 140), SpanKind::Fact}}}));
        add_did(kb, body, *b, "At", ph);
        // A second bullet on the same theme makes the strength a pattern, not a one-off.
        for (const auto& id : r->evidence) {
            if (id == b->bullet->id || used_bullets.count(id)) continue;
            const BulletRef* extra = a.bullet(id);
            if (!extra) continue;
            add_sentence(body, ph.fresh("strength.also", seed.about(id), {}));
            add_did(kb, body, *extra, "At", ph);
            s.evidence.push_back(id);
            used_bullets.insert(id);
            break;
        }
        if (const ValueDef* v = value_for_text(kb, a, r->requirement->text + " " + b->bullet->text);
            v && !a.company->generic)
            add_sentence(body,
                         ph.fresh("strength.value", seed.about(v->name),
                                  {{"company", {company, SpanKind::Plain}}, {"value", {v->name, SpanKind::Strong}}}));
        else if (const ThemeDef* t = kb.theme(theme))
            add_sentence(body,
                         ph.fresh("strength.theme", seed.about(theme),
                                  {{"company", {company, SpanKind::Plain}}, {"label", {t->label, SpanKind::Strong}}}));
        const std::string metric = lead_metric(*b->bullet, theme);
        if (!metric.empty())
            add_sentence(body, ph.fresh("strength.metric", seed.about(metric), metric_slots(kb, metric)));
        add_sentence(body, ph.fresh("strength.pointer", seed.about(s.title), {}));
        s.body = body.build();
        s.evidence.insert(s.evidence.begin(), b->bullet->id);
        s.evidence.push_back(r->requirement->id);
        out.push_back(std::move(s));
    }
    // A job in another field may prove nothing directly: lead with what carries
    // over, the candidate's most telling bullets on themes not yet used.
    std::vector<const BulletRef*> by_impact;
    for (const auto& b : a.bullets) by_impact.push_back(&b);
    std::stable_sort(by_impact.begin(), by_impact.end(),
                     [](const BulletRef* x, const BulletRef* y) { return x->impact > y->impact; });
    for (const BulletRef* b : by_impact) {
        if (out.size() == 3) break;
        if (used_bullets.count(b->bullet->id) || b->themes.empty()) continue;
        RequirementAssessment none;
        none.themes = b->themes;
        const std::string theme = main_theme(none, b);
        if (used_themes.count(theme)) continue;
        used_bullets.insert(b->bullet->id);
        used_themes.insert(theme);
        Strength s;
        const std::string topic = b->bullet->skills.empty() ? std::string("this work")
                                                            : skill_phrase(kb, b->bullet->skills.front());
        const std::string title_key = strength_title_key(kb, a, theme);
        s.title = rich_to_plain(
            ph.say(title_key, seed.about(theme),
                   {{"topic", {topic, SpanKind::Plain}}, {"Topic", {capitalize_first(topic), SpanKind::Plain}}}));
        RichBuilder body;
        body.append(
            ph.fresh("strength.transferable", seed.about(b->bullet->id), {{"company", {company, SpanKind::Plain}}}));
        add_did(kb, body, *b, "At", ph);
        if (const ThemeDef* t = kb.theme(theme))
            add_sentence(body,
                         ph.fresh("strength.theme", seed.about(theme),
                                  {{"company", {company, SpanKind::Plain}}, {"label", {t->label, SpanKind::Strong}}}));
        const std::string metric = lead_metric(*b->bullet, theme);
        if (!metric.empty())
            add_sentence(body, ph.fresh("strength.metric", seed.about(metric), metric_slots(kb, metric)));
        s.body = body.build();
        s.evidence.push_back(b->bullet->id);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Gap> pick_gaps(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::Gap, {doc.candidate.name.value_or("")});
    std::vector<Gap> out;
    for (const RequirementAssessment* r : ranked_gaps(a)) {
        if (out.size() == 3) break;
        const Requirement& req = *r->requirement;
        const std::string topic = requirement_topic(kb, *r);
        Gap g;
        g.requirement = req.id;
        const bool values_line = req.competency == "values" && !a.company->generic;
        std::string title_key = values_line                  ? "gap_title.values"
                                : !r->unmet_clause.empty()   ? "gap_title.clause"
                                : !r->skills_missing.empty() ? "gap_title.skills"
                                                             : "gap_title.default";
        g.title = rich_to_plain(ph.say(title_key, seed.about(req.id),
                                       {{"Topic", {capitalize_first(topic), SpanKind::Plain}},
                                        {"topic", {topic, SpanKind::Plain}},
                                        {"values", {values_short_name(*a.company), SpanKind::Plain}}}));

        RichBuilder body;
        body.append(ph.fresh("gap.jd", seed.about(req.id), {{"jd", {excerpt(req.text, 160), SpanKind::Fact}}}));
        const BulletRef* best = r->best_bullet.empty() ? nullptr : a.bullet(r->best_bullet);
        RichBuilder shows;
        if (values_line) {
            std::vector<std::string> named, unnamed;
            for (const auto& v : a.values) {
                const std::string& name = a.company->values[v.value].name;
                if (!icontains(req.text, name)) continue;
                (v.named_in_resume ? named : unnamed).push_back(name);
            }
            if (!named.empty() && !unnamed.empty())
                shows.append(ph.fresh("gap.values_some", seed,
                                      {{"named", {join_list(named), SpanKind::Plain}},
                                       {"missing", {join_list(unnamed), SpanKind::Plain}}}));
            else
                shows.append(
                    ph.fresh("gap.values_none", seed, {{"values", {values_short_name(*a.company), SpanKind::Plain}}}));
        } else if (!r->unmet_clause.empty() && best) {
            shows.append(ph.fresh("gap.clause", seed,
                                  {{"evidence", bullet_fact(*best, 90)},
                                   {"employer", {where_phrase(*best), SpanKind::Plain}},
                                   {"clause", {strip_trailing_period(r->unmet_clause), SpanKind::Fact}}}));
        } else if (!r->skills_listed.empty()) {
            shows.append(
                ph.fresh("gap.listed_only", seed, {{"skills", {join_list(r->skills_listed), SpanKind::Plain}}}));
        } else if (!r->skills_related.empty()) {
            // What the related skills stand in for: the named skills not shown outright.
            std::vector<std::string> wanted = r->skills_missing;
            if (wanted.empty())
                for (const auto& name : req.skills)
                    if (std::find(r->skills_used.begin(), r->skills_used.end(), name) == r->skills_used.end())
                        wanted.push_back(name);
            shows.append(ph.fresh("gap.related", seed,
                                  {{"related", {join_list(skill_phrases(kb, r->skills_related, 3)), SpanKind::Plain}},
                                   {"skills", {join_list(skill_phrases(kb, wanted, 3)), SpanKind::Plain}}}));
        } else if (best && r->status == RequirementStatus::Partial) {
            shows.append(
                ph.fresh("gap.partial", seed,
                         {{"evidence", bullet_fact(*best, 90)}, {"employer", {where_phrase(*best), SpanKind::Plain}}}));
        } else {
            shows.append(ph.fresh("gap.nothing", seed, {{"topic", {topic, SpanKind::Plain}}}));
        }
        add_sentence(body, shows.build());
        // The unmet clause says what they will probe ("cross-team leadership").
        std::string theme = main_theme(*r, best);
        if (!r->unmet_clause.empty()) {
            RequirementAssessment clause_only = *r;
            clause_only.themes = themes_in(kb, r->unmet_clause);
            if (!clause_only.themes.empty()) theme = main_theme(clause_only, nullptr);
        }
        const bool tested_live = !values_line && !r->skills_missing.empty() && a.job_family &&
                                 a.job_family->question_mix.count(QuestionCategory::Coding) &&
                                 a.job_family->question_mix.at(QuestionCategory::Coding) > 0;
        if (tested_live)
            add_sentence(body, ph.fresh("gap.tested_live", seed, {{"company", {company, SpanKind::Plain}}}));
        else if (const std::string probe = theme_probe(kb, theme, a.job_family); !probe.empty())
            if (ph.claim(probe)) {
                add_sentence(body, ph.fresh("gap.probe", seed.about(theme), {}));
                add_sentence(body, {{probe, SpanKind::Plain}});
            }
        add_sentence(body, ph.fresh("gap.pointer", seed.about(req.id), {}));
        g.body = body.build();
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace ip
