#include "compose/insights.h"

#include <algorithm>
#include <map>
#include <set>

#include "analyze/gap_ranking.h"
#include "analyze/job_themes.h"
#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// Themes too broad to count as a hidden priority.
bool is_generic_theme(const std::string& t) { return t == "results" || t == "craft" || t == "data"; }

}  // namespace

std::vector<TitledRich> hidden_priorities(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                          ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::Hidden, {doc.candidate.name.value_or("")});
    std::vector<TitledRich> out;
    std::set<std::string> themes_used;

    // 1. What the JD keeps coming back to.
    for (const auto& [theme, count] : job_theme_counts(a)) {
        if (count < 2 || is_generic_theme(theme)) continue;
        const ThemeDef* t = kb.theme(theme);
        if (!t) continue;
        const RequirementAssessment* example = nullptr;
        for (const auto& r : a.requirements)
            if (std::find(r.themes.begin(), r.themes.end(), theme) != r.themes.end()) {
                example = &r;
                break;
            }
        TitledRich h;
        h.source = "jd";
        h.title = rich_to_plain(ph.say("hidden.emphasis_title", seed.about(theme),
                                       {{"label", {capitalize_first(t->label), SpanKind::Plain}}}));
        RichBuilder b;
        b.append(ph.fresh("hidden.emphasis", seed.about(theme),
                          {{"count", {std::to_string(count), SpanKind::Plain}},
                           {"total", {std::to_string(a.requirements.size()), SpanKind::Plain}},
                           {"label", {t->label, SpanKind::Strong}},
                           {"jd", {excerpt(example->requirement->text, 120), SpanKind::Fact}}}));
        add_sentence(b, ph.fresh("hidden.expect", seed.about(theme), {}));
        if (const std::string probe = theme_probe(kb, theme, a.job_family); ph.claim(probe))
            add_sentence(b, {{probe, SpanKind::Plain}});
        h.body = b.build();
        themes_used.insert(theme);
        out.push_back(std::move(h));
        break;
    }

    // 2. What the company adds to every loop.
    if (!a.company->special_interviewer.empty()) {
        TitledRich h;
        h.source = "company";
        h.title = rich_to_plain(
            ph.say("hidden.special_title", seed, {{"special", {a.company->special_interviewer, SpanKind::Plain}}}));
        std::vector<std::string> focus;
        for (const auto& v : a.values)
            if (v.named_in_job && focus.size() < 3) focus.push_back(a.company->values[v.value].name);
        RichBuilder b;
        b.plain(ensure_period(a.company->special_interviewer_about));
        if (!focus.empty())
            add_sentence(b, ph.fresh("hidden.special_focus", seed,
                                     {{"values", {join_list(focus), SpanKind::Strong}},
                                      {"special", {a.company->special_interviewer, SpanKind::Plain}}}));
        h.body = b.build();
        out.push_back(std::move(h));
    } else if (a.company->generic) {
        // We know nothing about this company: no invented values, a note on what to look up instead.
        TitledRich h;
        h.source = "company";
        h.title = rich_to_plain(
            ph.say("hidden.unknown_company_title", seed, {{"company", {company, SpanKind::Plain}}}));
        h.body = ph.fresh("hidden.unknown_company", seed, {{"company", {company, SpanKind::Plain}}});
        out.push_back(std::move(h));
    } else {
        for (const auto& v : a.values) {
            if (!v.named_in_job) continue;
            const ValueDef& def = a.company->values[v.value];
            TitledRich h;
            h.source = "company";
            h.title = rich_to_plain(
                ph.say("hidden.value_title", seed.about(def.name), {{"value", {def.name, SpanKind::Plain}}}));
            RichBuilder b;
            b.append(ph.fresh(
                "hidden.value", seed.about(def.name),
                {{"company", {company, SpanKind::Plain}},
                 {"value", {def.name, SpanKind::Strong}},
                 {"description", {strip_trailing_period(lower_first_word(def.description)), SpanKind::Plain}}}));
            h.body = b.build();
            out.push_back(std::move(h));
            break;
        }
    }

    // 3. Where they will push hardest on this candidate: the top gap.
    const auto gaps = ranked_gaps(a);
    if (!gaps.empty()) {
        const RequirementAssessment& r = *gaps.front();
        TitledRich h;
        h.source = "jd";
        const std::string topic = requirement_topic(kb, r);
        h.title = rich_to_plain(ph.say("hidden.gap_title", seed, {{"topic", {topic, SpanKind::Plain}}}));
        h.body = ph.fresh("hidden.gap", seed,
                          {{"topic", {topic, SpanKind::Plain}},
                           {"jd", {excerpt(r.requirement->text, 120), SpanKind::Fact}},
                           {"company", {company, SpanKind::Plain}}});
        out.push_back(std::move(h));
    }
    return out;
}

std::vector<TitledRich> likely_mistakes(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    std::vector<std::string> themes;
    auto add = [&](const std::string& t) {
        if (kb.theme(t) && std::find(themes.begin(), themes.end(), t) == themes.end()) themes.push_back(t);
    };
    for (const auto* r : ranked_gaps(a))
        if (const std::string t = main_theme(*r, nullptr); !is_generic_theme(t)) add(t);
    for (const auto& [theme, count] : job_theme_counts(a))
        if (!is_generic_theme(theme)) add(theme);
    // Behavioral answers everywhere go wrong on "we" and on missing results.
    add("ownership");
    add("results");

    std::vector<TitledRich> out;
    for (const auto& t : themes) {
        if (out.size() == 3) break;
        const ThemeDef* def = kb.theme(t);
        TitledRich m;
        const bool field = !software_register(kb, a.job_family) && !def->field_mistake.empty();
        m.title = field ? def->field_mistake_title : def->mistake_title;
        m.body = ph.fill(field ? def->field_mistake : def->mistake, {{"company", {company, SpanKind::Plain}}});
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace ip
