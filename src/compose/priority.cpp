#include "compose/priority.h"

#include "analyze/prose_parts.h"
#include "compose/focus_values.h"
#include "core/grammar.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

std::string quoted(const std::string& s) { return "\u201c" + s + "\u201d"; }

// "three gaps" reads better than "3 gaps" for the small counts a playbook has.
std::string count_word(const Knowledge& kb, size_t n) {
    const std::vector<std::string>& words = kb.words.list(WordList::CountWords);
    return n < words.size() ? words[n] : std::to_string(n);
}

// Culture below this reads as "the values are not visible on the page yet".
constexpr int kLowCulture = 60;

}  // namespace

void write_priority(const Knowledge& kb, Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    const Seed seed = seed_for(Purpose::Priority, {doc.candidate.name.value_or(""), company});
    const auto values = focus_values(a);
    // Only a company's own published values can be studied; none are invented for the rest.
    const bool low_culture = !values.empty() && doc.fit.subscores.culture < kLowCulture;
    const std::string value = values.empty() ? std::string() : values.front().def->name;

    std::vector<std::string> gap_titles;
    for (const auto& g : doc.fit.gaps) gap_titles.push_back(quoted(g.title));
    std::vector<std::string> story_titles;
    for (size_t i = 0; i < doc.stories.size() && i < 3; ++i) story_titles.push_back(quoted(doc.stories[i].title));
    const std::string top_gap = doc.fit.gaps.empty() ? std::string() : quoted(doc.fit.gaps.front().title);

    SlotValues slots{{"company", {company, SpanKind::Plain}},
                     {"value", {value, SpanKind::Strong}},
                     {"gaps", {join_list(gap_titles), SpanKind::Strong}},
                     {"gap", {top_gap, SpanKind::Strong}},
                     {"count", {count_word(kb, gap_titles.size()), SpanKind::Plain}},
                     {"culture", {std::to_string(doc.fit.subscores.culture), SpanKind::Plain}},
                     {"stories", {join_list(story_titles), SpanKind::Plain}},
                     {"score", {std::to_string(doc.fit.score), SpanKind::Plain}}};
    if (!doc.fit.strengths.empty()) slots["strength"] = {quoted(doc.fit.strengths.front().title), SpanKind::Strong};
    // Serious candidacy risks come before everything: a recruiter raises them before any skill is tested.
    std::vector<std::string> risk_titles;
    for (const auto& r : doc.fit.risks)
        if (r.serious) risk_titles.push_back(quoted(r.title));
    if (!risk_titles.empty()) {
        slots["risk"] = {risk_titles.front(), SpanKind::Strong};
        slots["risks"] = {join_list(risk_titles), SpanKind::Strong};
    }

    auto say = [&](RichBuilder& r, const std::string& key) {
        const size_t i = ph.next_index(key, seed);
        if (ph.variants(key).empty()) return;
        const std::string& tmpl = ph.variants(key)[i];
        if (!template_is_fillable(tmpl, slots)) return;
        if (!r.empty()) r.plain(" ");
        r.append(ph.fill(tmpl, slots));
    };

    // What to do first: the gaps, then the values if the culture score is low, then the strength to lean on.
    RichBuilder p;
    if (!risk_titles.empty()) say(p, risk_titles.size() == 1 ? "priority.risk" : "priority.risks");
    if (!gap_titles.empty()) say(p, gap_titles.size() == 1 ? "priority.one_gap" : "priority.gaps");
    else say(p, "priority.no_gaps");
    if (low_culture && !value.empty()) say(p, "priority.culture");
    if (slots.count("strength")) say(p, "priority.strength");
    say(p, "priority_close");
    doc.fit.priority = p.build();

    // The two prep paths, as short steps naming the sections.
    auto steps = [&](const std::vector<const char*>& keys) {
        std::vector<std::string> out;
        for (const char* key : keys) {
            const size_t i = ph.next_index(key, seed);
            if (ph.variants(key).empty()) continue;
            const std::string& tmpl = ph.variants(key)[i];
            if (!template_is_fillable(tmpl, slots)) continue;
            out.push_back(rich_to_plain(ph.fill(tmpl, slots)));
        }
        return out;
    };
    const char* gap_step30 = gap_titles.empty() ? "priority.path30.no_gap" : "priority.path30.gap";
    const char* values_step = low_culture ? "priority.path2.values" : "priority.path2.company";
    std::vector<const char*> path30{"priority.path30.stand", "priority.path30.pitch",
                                    story_titles.empty() ? "priority.path30.no_stories" : "priority.path30.stories",
                                    gap_step30, "priority.path30.cheat"};
    std::vector<const char*> path2{"priority.path2.read",
                                   values_step,
                                   "priority.path2.stories",
                                   "priority.path2.questions",
                                   gap_titles.empty() ? "priority.path2.curveballs" : "priority.path2.scripts",
                                   "priority.path2.ask",
                                   "priority.path2.print"};
    if (!risk_titles.empty()) {
        path30.insert(path30.begin() + 1, "priority.path30.risk");
        path2.insert(path2.begin() + 1, "priority.path2.risks");
    }
    doc.fit.path_30_minutes = steps(path30);
    doc.fit.path_2_hours = steps(path2);
}

}  // namespace ip
