#include "compose/stories.h"

#include <algorithm>
#include <set>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "compose/object_article.h"
#include "compose/question_bank.h"
#include "compose/spoken_parts.h"
#include "compose/story_selection.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

// A key specific to the theme when the knowledge base has one, else the default.
std::string themed_key(const Knowledge& kb, const std::string& prefix, const std::string& theme) {
    const std::string key = prefix + "." + theme;
    return kb.phrases(key).empty() ? prefix + ".default" : key;
}

// A theme-specific variant not yet used in this document, else a default one,
// else nothing. For a job outside software the theme's ".outside_software"
// wording comes first, when the knowledge base has one.
Rich themed(const Knowledge& kb, ProseWriter& ph, const std::string& prefix, const std::string& theme, const Seed& seed,
            const SlotValues& slots, bool outside_software = false) {
    Rich r;
    const std::string field_key = prefix + "." + theme + ".outside_software";
    if (outside_software && !kb.phrases(field_key).empty()) r = ph.fresh(field_key, seed, slots);
    if (r.empty() && !kb.phrases(prefix + "." + theme).empty()) r = ph.fresh(prefix + "." + theme, seed, slots);
    if (r.empty()) r = ph.fresh(prefix + ".default", seed, slots);
    return r;
}

// A fill-in blank from a phrasing key, when one is still fresh.
void add_fill(RichBuilder& b, const Rich& prompt) {
    const std::string text = rich_to_plain(prompt);
    if (text.empty()) return;
    if (!b.empty()) b.plain(" ");
    b.fill(text);
}

// 1-2 company values the story shows: values whose signals the bullet uses,
// then values that share the story's theme; the JD's focus values first.
std::vector<std::string> story_values(const Analysis& a, const BulletRef& b, const std::string& theme) {
    std::vector<std::pair<double, size_t>> scored;
    for (const auto& v : a.values) {
        const ValueDef& def = a.company->values[v.value];
        double score = 0;
        if (std::find(v.bullets.begin(), v.bullets.end(), b.bullet->id) != v.bullets.end()) score += 2;
        if (std::find(def.themes.begin(), def.themes.end(), theme) != def.themes.end()) score += 2.5;
        for (const auto& t : b.themes)
            if (std::find(def.themes.begin(), def.themes.end(), t) != def.themes.end()) score += 0.5;
        if (score > 0 && v.named_in_job) score += 0.75;
        if (score > 0) scored.push_back({-score, v.value});
    }
    std::stable_sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [s, idx] : scored) {
        if (out.size() == 2) break;
        out.push_back(a.company->values[idx].name);
    }
    if (out.empty() && !a.company->values.empty()) out.push_back(a.company->values.front().name);
    return out;
}

// Bank questions whose themes include the story's theme: what the story answers.
// Only questions this job asks: another family's behavioral questions speak
// its register ("beyond what the ticket asked" is no question for a nurse),
// and a question written for other levels is not asked at this one.
std::vector<std::string> use_for(const Knowledge& kb, const std::string& family, const std::string& level,
                                 const std::string& theme, const Seed& seed) {
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    auto asked_here = [&](const QuestionDef& q) {
        return (has(q.families, family) || has(q.families, "any")) && (q.levels.empty() || has(q.levels, level));
    };
    std::vector<const QuestionDef*> matches;
    for (const auto& q : kb.questions)
        if (q.category == QuestionCategory::Behavioral && asked_here(q) &&
            std::find(q.themes.begin(), q.themes.end(), theme) != q.themes.end())
            matches.push_back(&q);
    std::vector<std::string> out;
    if (matches.empty()) return out;
    const size_t start = seed.pick(matches.size());
    for (size_t k = 0; k < matches.size() && out.size() < 3; ++k)
        out.push_back(matches[(start + k) % matches.size()]->text);
    return out;
}

std::vector<std::string> checklist(const Knowledge& kb, ProseWriter& ph, const BulletRef& b, const BulletParts& parts,
                                   const std::string& theme, const Seed& seed) {
    std::vector<std::string> out;
    auto add = [&](const Rich& item) {
        if (!item.empty()) out.push_back(rich_to_plain(item));
    };
    for (const auto& m : b.bullet->metrics) {
        const std::string key = "star.checklist." + std::string(name_of(m.kind));
        if (kb.phrases(key).empty()) continue;
        add(ph.fresh(key, seed.about(m.text), metric_slots(kb, m.text)));
        if (out.size() == 2) break;
    }
    if (b.bullet->metrics.empty()) add(ph.fresh("star.checklist.no_metric", seed, {}));
    if (parts.method.empty()) add(ph.fresh("star.checklist.no_method", seed, {}));
    add(themed(kb, ph, "star.checklist", theme, seed, {}));
    add(ph.fresh("star.checklist.verify", seed, {}));
    return out;
}

// A title variant that does not repeat a word of the subject ("Customer-Driven
// Customer Obsession Initiative"), starting from the hashed choice. With no
// nameable subject, the theme and the place: "Developing People at Microsoft".
std::string story_title(const Knowledge& kb, ProseWriter& ph, const std::string& theme, const Seed& seed,
                        const std::string& subject, const std::string& where) {
    if (subject.empty()) {
        const ThemeDef* t = kb.theme(theme);
        const std::string what = title_case(kb, t ? t->label : std::string("delivering results"));
        return where.empty() ? what : what + " at " + where;
    }
    const auto& variants = kb.phrases(themed_key(kb, "story_title", theme));
    const SlotValues slots{{"Object", {subject, SpanKind::Plain}}};
    if (variants.empty()) return subject;
    const size_t start = seed.pick(variants.size());
    const std::string lower_subject = to_lower(subject);
    for (size_t k = 0; k < variants.size(); ++k) {
        const std::string& v = variants[(start + k) % variants.size()];
        bool repeats = false;
        // Word by word, hyphenated parts apart: "Customer-Driven" repeats "customer".
        std::string w;
        for (const char c : to_lower(v) + " ") {
            if (c >= 'a' && c <= 'z') {
                w += c;
                continue;
            }
            if (w.size() > 3 && w != "object" && lower_subject.find(w) != std::string::npos) repeats = true;
            w.clear();
        }
        if (!repeats) return rich_to_plain(ph.fill(v, slots));
    }
    return rich_to_plain(ph.fill(variants[start], slots));
}

std::vector<FollowUp> follow_ups(const Knowledge& kb, ProseWriter& ph, const std::string& theme,
                                 const BulletParts& parts) {
    std::vector<FollowUp> out;
    const SlotValues slots{{"object", {parts.object.empty() ? "this work" : parts.object, SpanKind::Plain}}};
    // The theme's own follow-ups, then the default ones, each question once per document.
    for (const std::string key : {themed_key(kb, "star.follow_q", theme), std::string("star.follow_q.default")}) {
        const auto& qs = kb.phrases(key);
        const auto& hs = kb.phrases("star.follow_hint" + key.substr(std::string("star.follow_q").size()));
        for (size_t i = 0; i < qs.size() && i < hs.size() && out.size() < 3; ++i) {
            const std::string q = rich_to_plain(ph.fill(qs[i], slots));
            if (ph.claim(q)) out.push_back({q, rich_to_plain(ph.fill(hs[i], slots))});
        }
    }
    return out;
}

Story write_story(const Knowledge& kb, const Playbook& doc, const Analysis& a, const StoryPick& pick, size_t index,
                  ProseWriter& ph) {
    const BulletRef& b = *pick.bullet;
    const BulletParts parts = split_bullet(kb, *b.bullet);
    const Seed seed = seed_for(Purpose::Story, {b.bullet->id, pick.theme});
    const std::string object = parts.object.empty() ? "the project" : parts.object;
    const SlotValues slots{{"object", {object, SpanKind::Plain}},
                           {"employer", {where_phrase(b), SpanKind::Fact}},
                           {"company", {company_display_name(a, doc), SpanKind::Plain}}};

    Story s;
    s.id = "s" + std::to_string(index);
    s.anchor = b.bullet->id;
    s.title = story_title(kb, ph, pick.theme, seed, story_subject(kb, parts), where_phrase(b));
    s.values = story_values(a, b, pick.theme);
    const std::string family = a.job_family ? a.job_family->id : "general";
    const std::string level = bank_level(a.job_level);
    s.use_for = use_for(kb, family, level, pick.theme, seed);
    // A story keyed by its subject rather than a theme answers its bullet's themes.
    for (size_t k = 0; s.use_for.empty() && k < b.themes.size(); ++k)
        s.use_for = use_for(kb, family, level, b.themes[k], seed);

    RichBuilder situation;
    const bool outside = !software_register(kb, a.job_family);
    Rich opening = themed(kb, ph, "star.situation", pick.theme, seed, slots, outside);
    // Where it happened, from what the resume names; nothing when it names neither title nor place.
    if (!b.is_project && !b.title.empty() && !b.employer.empty())
        situation.plain("As ")
            .plain(article_for(b.title) + " ")
            .fact(b.title)
            .plain(" at ")
            .fact(b.employer)
            .plain(", ");
    else if (!b.employer.empty()) situation.plain(b.is_project ? "On " : "At ").fact(b.employer).plain(", ");
    else if (!opening.empty()) opening.front().text = capitalize_first(opening.front().text);
    situation.append(opening);
    add_fill(situation, themed(kb, ph, "star.situation_fill", pick.theme, seed, slots));
    s.situation = situation.build();

    RichBuilder task;
    task.append(themed(kb, ph, "star.task", pick.theme, seed, slots, outside));
    add_fill(task, themed(kb, ph, "star.task_fill", pick.theme, seed, slots));
    s.task = task.build();

    RichBuilder action;
    if (!parts.verbs.empty())
        action.plain("I " + lower_first_word(parts.verbs) + " " + article_for_object(kb, parts.verbs, parts.action))
            .fact(parts.action)
            .plain(". ");
    else action.plain("The work itself: ").fact(strip_trailing_period(b.bullet->text)).plain(". ");
    action.append(themed(kb, ph, "star.action", pick.theme, seed, slots, outside));
    add_fill(action, themed(kb, ph, "star.action_fill", pick.theme, seed, slots));
    s.action = action.build();

    RichBuilder result;
    if (!parts.result.empty()) {
        result.plain("The result: ").fact(parts.result).plain(".");
        // Percentages and multipliers need their baseline to mean anything.
        const MetricKind kind = parts.result_metric.kind;
        if (kind == MetricKind::Percent || kind == MetricKind::Multiplier || kind == MetricKind::Money ||
            kind == MetricKind::Latency)
            add_fill(result,
                     ph.fresh("star.result_baseline", seed, {{"metric", {parts.result_metric.text, SpanKind::Plain}}}));
    } else {
        result.append(themed(kb, ph, "star.result", pick.theme, seed, slots));
        add_fill(result, ph.fresh("star.result_measure", seed, slots));
    }
    add_fill(result, ph.fresh("star.result_meaning", seed, slots));
    s.result = result.build();

    s.checklist = checklist(kb, ph, b, parts, pick.theme, seed);
    s.follow_ups = follow_ups(kb, ph, pick.theme, parts);
    return s;
}

}  // namespace

std::vector<Story> write_stories(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    std::vector<Story> out;
    const auto picks = pick_story_bullets(kb, a);
    for (size_t i = 0; i < picks.size(); ++i) out.push_back(write_story(kb, doc, a, picks[i], i, ph));
    return out;
}

StoryTemplate write_story_template(const Knowledge& kb, const Analysis& a) {
    StoryTemplate t;
    // The JD's focus values first, then the rest in the company's order.
    for (const auto& v : a.values)
        if (v.named_in_job) t.values.push_back(a.company->values[v.value].name);
    for (const auto& v : a.values)
        if (!v.named_in_job) t.values.push_back(a.company->values[v.value].name);
    t.steps = kb.phrases("story_template.steps");
    return t;
}

std::string best_story_for(const Playbook& doc, const Analysis& a, const std::vector<std::string>& themes) {
    std::string best;
    int best_score = 0;
    for (const auto& s : doc.stories) {
        const BulletRef* b = a.bullet(s.anchor);
        if (!b) continue;
        int score = 0;
        for (const auto& t : themes)
            if (std::find(b->themes.begin(), b->themes.end(), t) != b->themes.end()) ++score;
        if (score > best_score) {
            best_score = score;
            best = s.id;
        }
    }
    return best;
}

}  // namespace ip
