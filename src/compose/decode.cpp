#include "compose/decode.h"

#include <algorithm>
#include <set>

#include "analyze/company_values.h"
#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/spoken_parts.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// The theme's probe question, once per document.
Rich with_probe(const Rich& opener, const std::string& probe, ProseWriter& ph) {
    RichBuilder b;
    b.append(opener);
    if (!probe.empty() && ph.claim(probe)) add_sentence(b, {{probe, SpanKind::Plain}});
    return b.build();
}

}  // namespace

std::vector<DecodeRow> decode_job(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::Decode, {doc.candidate.name.value_or("")});

    // The most telling lines: important, rich in themes, tied to a company value.
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t i = 0; i < a.requirements.size(); ++i) {
        const auto& r = a.requirements[i];
        const Requirement& q = *r.requirement;
        if (q.years || q.degree || q.competency == "education") continue;
        double score = r.weight + 0.25 * std::min<size_t>(r.themes.size(), 4);
        if (!values_tested_by(kb, *a.company, q.text, 1).empty()) score += 0.5;
        if (q.kind == RequirementKind::Responsibility) score += 0.2;
        ranked.push_back({-score, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });

    std::vector<size_t> chosen;
    std::set<std::string> themes_used;
    for (const auto& [score, i] : ranked) {
        if (chosen.size() == 6) break;
        const auto& r = a.requirements[i];
        const std::string theme = main_theme(r, r.best_bullet.empty() ? nullptr : a.bullet(r.best_bullet));
        if (themes_used.count(theme) && chosen.size() >= 4) continue;
        themes_used.insert(theme);
        chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());  // show them in the JD's order

    std::vector<DecodeRow> out;
    for (size_t i : chosen) {
        const auto& r = a.requirements[i];
        const Requirement& q = *r.requirement;
        const BulletRef* best = r.best_bullet.empty() ? nullptr : a.bullet(r.best_bullet);
        const std::string theme = main_theme(r, best);
        const std::string probe = theme_probe(kb, theme, a.job_family);
        DecodeRow row;
        row.said = q.id;

        const auto values = values_tested_by(kb, *a.company, q.text + (best ? " " + best->bullet->text : ""), 2);
        if (!values.empty() && !a.company->generic) {
            std::vector<std::string> names;
            for (size_t v : values) names.push_back(a.company->values[v].name);
            row.means = ph.fresh("decode.means_value", seed.about(q.id),
                                 {{"company", {company, SpanKind::Plain}},
                                  {"value", {join_list(names), SpanKind::Strong}},
                                  {"probe", {probe, SpanKind::Plain}}});
            row.means = with_probe(row.means, probe, ph);
        } else {
            const ThemeDef* t = kb.theme(theme);
            row.means = ph.fresh(
                "decode.means_theme", seed.about(q.id),
                {{"label", {t ? t->label : theme, SpanKind::Strong}}, {"probe", {probe, SpanKind::Plain}}});
            row.means = with_probe(row.means, probe, ph);
        }

        RichBuilder demo;
        if (best && r.status == RequirementStatus::Covered) {
            RichBuilder said;
            said.plain("At ").plain(where_phrase(*best)).plain(", ").append(you_did(kb, *best)).plain(".");
            if (ph.said(rich_to_plain(said.build()))) {
                // The strengths already told it this way: point at the line instead.
                demo.append(ph.fresh(
                    "decode.demo_again", seed.about(q.id),
                    {{"evidence", bullet_fact(*best, 90)}, {"employer", {where_phrase(*best), SpanKind::Plain}}}));
            } else {
                demo.append(ph.fresh("decode.demo_covered", seed.about(q.id),
                                     {{"employer", {where_phrase(*best), SpanKind::Plain}}}));
                demo.plain(demo.empty() ? "" : " ").append(you_did(kb, *best)).plain(".");
                ph.claim(rich_to_plain(demo.build()));
            }
            const std::string metric = lead_metric(*best->bullet, theme);
            if (!metric.empty())
                add_sentence(demo, ph.fresh("decode.demo_metric", seed.about(metric), metric_slots(kb, metric)));
        } else if (best) {
            demo.append(
                ph.fresh("decode.demo_partial", seed.about(q.id),
                         {{"evidence", bullet_fact(*best, 90)}, {"employer", {where_phrase(*best), SpanKind::Plain}}}));
            demo.plain(demo.empty() ? "" : " ").fill("a concrete example of " + requirement_topic(kb, r)).plain(".");
        } else {
            demo.append(ph.fresh("decode.demo_gap", seed.about(q.id),
                                 {{"topic", {requirement_topic(kb, r), SpanKind::Plain}}}));
            demo.plain(demo.empty() ? "" : " ").fill("your example of " + requirement_topic(kb, r)).plain(".");
        }
        row.demonstrate = demo.build();
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace ip
