#include "compose/stories.h"

#include <algorithm>
#include <set>

#include "analyze/prose_parts.h"
#include "analyze/quote.h"
#include "compose/bullet_parts.h"
#include "compose/object_article.h"
#include "compose/question_bank.h"
#include "compose/resume_voice.h"
#include "compose/spoken_parts.h"
#include "compose/story_selection.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"
#include "parse/action_verb.h"

namespace ip {

namespace {

// The phrasing key of a story line for the story's kind of work.
std::string kind_key(const std::string& prefix, const StoryKindDef* kind) {
    return prefix + "." + (kind ? kind->id : std::string("general"));
}

// Every word of a drafted line is the engine's guess, the slots filled from
// the bullet included: the whole sentence is a draft span, marked as one in
// every export. Fill-in prompts stay fill-ins.
Rich as_draft(const Rich& r) {
    Rich out;
    for (Span s : r) {
        if (s.kind != SpanKind::Fill) s.kind = SpanKind::Draft;
        if (!out.empty() && out.back().kind == s.kind) out.back().text += s.text;
        else out.push_back(std::move(s));
    }
    return out;
}

// "at Fitch Co.." loses the template's period after a name that ends with one.
Rich no_doubled_period(Rich r) {
    for (size_t i = 1; i < r.size(); ++i)
        if (!r[i].text.empty() && r[i].text.front() == '.' && ends_with(r[i - 1].text, ".")) r[i].text.erase(0, 1);
    return r;
}

// A variant of the kind's line not yet said in this document; once a kind's
// variants are all said (a third story of one kind), the general kind's,
// which fit any field.
Rich fresh_line(ProseWriter& ph, const std::string& prefix, const StoryKindDef* kind, const Seed& seed,
                const SlotValues& slots) {
    Rich r = ph.fresh(kind_key(prefix, kind), seed, slots);
    if (r.empty() && kind && kind->id != "general") r = ph.fresh(prefix + ".general", seed, slots);
    return r;
}

// A drafted sentence of the kind, not yet said in this document.
void add_draft(RichBuilder& b, ProseWriter& ph, const std::string& prefix, const StoryKindDef* kind, const Seed& seed,
               const SlotValues& slots) {
    const Rich r = as_draft(fresh_line(ph, prefix, kind, seed, slots));
    if (r.empty()) return;
    if (!b.empty()) b.plain(" ");
    b.append(r);
}

// A fill-in blank from a phrasing key, when one is still fresh.
void add_fill(RichBuilder& b, const Rich& prompt) {
    const std::string text = rich_to_plain(prompt);
    if (text.empty()) return;
    if (!b.empty()) b.plain(" ");
    b.fill(text);
}

// 1-2 company values the story shows: values whose signals the bullet uses,
// then values that share the themes the story answers; the JD's focus values first.
std::vector<std::string> story_values(const Analysis& a, const BulletRef& b, const std::vector<std::string>& answers) {
    std::vector<std::pair<double, size_t>> scored;
    for (const auto& v : a.values) {
        const ValueDef& def = a.company->values[v.value];
        double score = 0;
        if (std::find(v.bullets.begin(), v.bullets.end(), b.bullet->id) != v.bullets.end()) score += 2;
        for (size_t k = 0; k < answers.size(); ++k)
            if (std::find(def.themes.begin(), def.themes.end(), answers[k]) != def.themes.end())
                score += k == 0 ? 2.5 : 0.5;
        if (score > 0 && v.named_in_job) score += 0.75;
        if (score > 0) scored.push_back({-score, v.value});
    }
    std::stable_sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [s, idx] : scored) {
        if (out.size() == 2) break;
        out.push_back(a.company->values[idx].name);
    }
    if (out.empty() && !a.values.empty()) out.push_back(a.company->values[a.values.front().value].name);
    return out;
}

// How well a question's themes match what a story of this kind answers: the
// kind's main theme counts most, a question about it first.
int answer_score(const StoryKindDef& kind, const QuestionDef& q) {
    int score = 0;
    for (size_t k = 0; k < kind.answers.size(); ++k)
        if (std::find(q.themes.begin(), q.themes.end(), kind.answers[k]) != q.themes.end()) score += k == 0 ? 3 : 1;
    if (score > 0 && !q.themes.empty() && q.themes.front() == kind.answers.front()) score += 1;
    return score;
}

// The bank's behavioural questions this story answers best, for this job only
// (another family's questions speak its register; a question written for
// other levels is not asked at this one), best first, bank order on ties;
// questions an earlier story already answers go last.
std::vector<std::string> use_for(const Knowledge& kb, const std::string& family, const std::string& level,
                                 const StoryKindDef* kind, std::set<std::string>& answered) {
    std::vector<std::string> out;
    if (!kind) return out;
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    std::vector<std::pair<int, const QuestionDef*>> matches;
    for (const auto& q : kb.questions) {
        if (q.category != QuestionCategory::Behavioral || !(has(q.families, family) || has(q.families, "any")) ||
            !(q.levels.empty() || has(q.levels, level)))
            continue;
        const int score = answer_score(*kind, q);
        // The field's own questions win a near tie with the shared ones: they speak its language.
        if (score > 0) matches.push_back({-(score * 2 + (has(q.families, family) ? 3 : 0)), &q});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& [score, q] : matches) {
            if (out.size() == 3) break;
            if ((pass == 0) == (answered.count(q->text) > 0) || has(out, q->text)) continue;
            out.push_back(q->text);
        }
    for (const std::string& q : out) answered.insert(q);
    return out;
}

std::vector<std::string> checklist(const Knowledge& kb, ProseWriter& ph, const BulletRef& b, const BulletParts& parts,
                                   const StoryKindDef* kind, const Seed& seed) {
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
    add(ph.fresh(kind_key("star.checklist", kind), seed, {}));
    add(ph.fresh("star.checklist.verify", seed, {}));
    return out;
}

// A title of the story's kind that does not repeat a word of the subject
// ("Customer-Driven Customer Obsession Initiative"), starting from the hashed
// choice. With no nameable subject, the kind and the place: "Patient Care at
// Northshore Medical Center".
std::string story_title(const Knowledge& kb, ProseWriter& ph, const StoryKindDef* kind, const Seed& seed,
                        const std::string& subject, const std::string& where) {
    if (subject.empty()) {
        const std::string what = title_case(kb, kind ? kind->label : std::string("delivering results"));
        return where.empty() ? what : what + " at " + where;
    }
    const auto& variants = kb.phrases(kind_key("story_title", kind));
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
            // "Designing" repeats "design", "Modeling" "model": words are compared by their first five letters.
            if (w.size() > 3 && w != "object" && lower_subject.find(w.substr(0, 5)) != std::string::npos)
                repeats = true;
            w.clear();
        }
        if (!repeats) return rich_to_plain(ph.fill(v, slots));
    }
    // Every title would say a word twice ("Designing Nike App Design System"): the subject alone.
    return subject;
}

std::vector<FollowUp> follow_ups(const Knowledge& kb, ProseWriter& ph, const StoryKindDef* kind,
                                 const BulletParts& parts) {
    std::vector<FollowUp> out;
    const SlotValues slots{{"object", {parts.object.empty() ? "this work" : parts.object, SpanKind::Plain}}};
    // The kind's follow-ups, each question once per document; the general ones when all were asked.
    const std::string keys[] = {kind_key("star.follow_q", kind), "star.follow_q.general"};
    for (const std::string& key : keys) {
        const auto& qs = kb.phrases(key);
        const auto& hs = kb.phrases("star.follow_hint" + key.substr(std::string("star.follow_q").size()));
        for (size_t i = 0; i < qs.size() && i < hs.size() && out.size() < 3; ++i) {
            const std::string q = rich_to_plain(ph.fill(qs[i], slots));
            if (ph.claim(q)) out.push_back({q, rich_to_plain(ph.fill(hs[i], slots))});
        }
    }
    return out;
}

// "I cared for " (plain) + "5 to 6 cardiac step-down patients a shift" (fact) + ".":
// the line in the first person, whole; the line quoted when it opens with no verb.
void say_the_line(RichBuilder& r, const Knowledge& kb, const BulletRef& b, const BulletParts& parts,
                  const std::string& what) {
    if (!parts.verbs.empty() && !what.empty()) {
        r.plain("I " + lower_first_word(parts.verbs) + " " + article_for_object(kb, parts.verbs, what))
            .fact(what)
            .plain(".");
        return;
    }
    // "Open-source icon set ...": a prefixed word that is no past tense opens a name, not an action.
    // "Co-own", "Re-run" are verbs with a prefix.
    const std::string first = leading_word(b.bullet->text);
    const size_t dash = first.find('-');
    const std::string prefix = dash == std::string::npos ? std::string() : first.substr(0, dash);
    const bool verb_prefix = prefix == "co" || prefix == "re" || prefix == "pre" || prefix == "un" ||
                             prefix == "over" || prefix == "under" || prefix == "out" || prefix == "cross";
    const bool prefixed_name = dash != std::string::npos && !verb_prefix && !ends_with(first, "ed") &&
                               !known_verb_form(kb, first);
    if (speaks_in_first_person(kb, b) && !prefixed_name) {
        r.plain("I ").append(achievement(kb, b, std::string::npos)).plain(".");
        return;
    }
    r.plain("The work itself: ").fact(strip_trailing_period(b.bullet->text)).plain(".");
}

// A title no earlier story has: with no nameable subject two stories of one
// kind at one place ("Leading a Team at Zendesk") differ by the role held.
std::string unused_title(std::string title, const BulletRef& b, std::set<std::string>& titles) {
    if (titles.count(title) && !b.title.empty()) title += " as " + b.title;
    for (int n = 2; titles.count(title); ++n) title = title + " (" + std::to_string(n) + ")";
    titles.insert(title);
    return title;
}

Story write_story(const Knowledge& kb, const Playbook& doc, const Analysis& a, const StoryPick& pick, size_t index,
                  std::set<std::string>& answered, std::set<std::string>& titles, ProseWriter& ph) {
    const BulletRef& b = *pick.bullet;
    const StoryKindDef* kind = pick.kind;
    const BulletParts parts = split_bullet(kb, *b.bullet);
    const Seed seed = seed_for(Purpose::Story, {b.bullet->id, kind ? kind->id : std::string()});
    const std::string object = parts.object.empty() ? "the project" : parts.object;
    const SlotValues slots{{"object", {object, SpanKind::Plain}},
                           {"employer", {where_phrase(b), SpanKind::Fact}},
                           {"company", {company_display_name(a, doc), SpanKind::Plain}}};

    Story s;
    s.id = "s" + std::to_string(index);
    s.anchor = b.bullet->id;
    s.title = unused_title(story_title(kb, ph, kind, seed, story_subject(kb, parts), where_phrase(b)), b, titles);
    s.values = story_values(a, b, kind ? kind->answers : std::vector<std::string>{pick.theme});
    const RoleFamily* role = a.job_family ? a.job_family : kb.fallback_role();
    const std::string family = role ? role->id : std::string();
    s.use_for = use_for(kb, family, bank_level(a.job_level), kind, answered);

    // Where it happened, from what the resume names, worded once per document;
    // nothing when it names neither title nor place.
    RichBuilder situation;
    SlotValues where = slots;
    where["employer"] = one_span(b.employer, SpanKind::Fact);
    where["a_title"] = RichBuilder().plain(article_for(b.title) + " ").fact(b.title).build();
    if (!b.employer.empty())
        situation.append(no_doubled_period(ph.fresh(b.is_project      ? "star.where_project"
                                                    : b.title.empty() ? "star.where_employer"
                                                                      : "star.where",
                                                    seed, where)));
    add_draft(situation, ph, "star.situation", kind, seed, slots);
    add_fill(situation, fresh_line(ph, "star.situation_fill", kind, seed, slots));
    s.situation = situation.build();

    RichBuilder task;
    add_draft(task, ph, "star.task", kind, seed, slots);
    add_fill(task, fresh_line(ph, "star.task_fill", kind, seed, slots));
    s.task = task.build();

    // The line is said once: its result clause as the result, the rest as the
    // action; a line whose verb is the change ("Cut missed scans by 40%") is
    // the result itself; any other line is the action, and the result a draft.
    const MetricKind mk = parts.result_metric.kind;
    const bool outcome = !parts.result.empty() && mk != MetricKind::TeamSize && mk != MetricKind::Count;
    const std::string line = strip_trailing_period(b.bullet->text);
    const size_t result_at = line.rfind(parts.result);
    const bool result_clause = outcome && !parts.verbs.empty() && !parts.action.empty() &&
                               result_at != std::string::npos && result_at > parts.verbs.size();
    const bool line_is_result = !result_clause && outcome && !parts.verbs.empty() &&
                                kb.measure_verbs.count(to_lower(leading_word(parts.verbs))) > 0;
    RichBuilder action;
    if (result_clause) say_the_line(action, kb, b, parts, parts.action);
    else if (!line_is_result) say_the_line(action, kb, b, parts, parts.rest);
    add_draft(action, ph, "star.action", kind, seed, slots);
    add_fill(action, fresh_line(ph, "star.action_fill", kind, seed, slots));
    s.action = action.build();

    RichBuilder result;
    // "That cut late-delivery complaints by 23%." for the clause after "that"; else "The result: ...".
    const bool result_is_change = kb.measure_verbs.count(to_lower(leading_word(parts.result))) > 0;
    if (result_clause) result.plain(result_is_change ? "That " : "The result: ").fact(parts.result).plain(".");
    else if (line_is_result) {
        // "That is how I cut missed medication scans by 40% ...": the pitch may say the line plainly.
        result.plain("That is how ");
        say_the_line(result, kb, b, parts, parts.rest);
    } else add_draft(result, ph, "star.result", kind, seed, slots);
    if (result_clause || line_is_result) {
        // Percentages and multipliers need their baseline to mean anything.
        // "from 38% to 57%" carries its own baseline.
        const bool has_baseline = contains(parts.result_metric.text, " to ");
        if (!has_baseline && (mk == MetricKind::Percent || mk == MetricKind::Multiplier || mk == MetricKind::Money ||
                              mk == MetricKind::Latency))
            add_fill(result,
                     ph.fresh("star.result_baseline", seed, {{"metric", {parts.result_metric.text, SpanKind::Plain}}}));
    } else {
        add_fill(result, ph.fresh("star.result_measure", seed, slots));
    }
    add_fill(result, fresh_line(ph, "star.result_meaning", kind, seed, slots));
    s.result = result.build();

    s.checklist = checklist(kb, ph, b, parts, kind, seed);
    s.follow_ups = follow_ups(kb, ph, kind, parts);
    return s;
}

}  // namespace

std::vector<Story> write_stories(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    std::vector<Story> out;
    const auto picks = pick_story_bullets(kb, a);
    std::set<std::string> answered, titles;  // questions an earlier story answers, titles taken
    for (size_t i = 0; i < picks.size(); ++i) out.push_back(write_story(kb, doc, a, picks[i], i, answered, titles, ph));
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
        for (const auto& t : themes) score += story_answers(*b, t);
        if (score > best_score) {
            best_score = score;
            best = s.id;
        }
    }
    return best;
}

int story_answers(const BulletRef& b, const std::string& theme) {
    if (b.kind) {
        const auto& ans = b.kind->answers;
        const auto it = std::find(ans.begin(), ans.end(), theme);
        if (it != ans.end()) return it == ans.begin() ? 3 : 2;
    }
    return std::find(b.themes.begin(), b.themes.end(), theme) != b.themes.end() ? 1 : 0;
}

}  // namespace ip
