#include "compose/questions.h"

#include <algorithm>
#include <map>
#include <optional>

#include "analyze/job_themes.h"
#include "analyze/prose_parts.h"
#include "compose/anchored_questions.h"
#include "compose/focus_values.h"
#include "compose/job_refs.h"
#include "compose/practice_prompt.h"
#include "compose/question_bank.h"
#include "compose/stories.h"
#include "compose/story_selection.h"
#include "core/text.h"
#include "knowledge/prose_writer.h"

namespace ip {

namespace {

bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

// How many questions of each category are still to be written.
class Mix {
public:
    explicit Mix(const RoleFamily* family) {
        if (family) counts_ = family->question_mix;
        int total = 0;
        for (const auto& [cat, n] : counts_) total += n;
        if (total < 12) counts_[QuestionCategory::Behavioral] += 12 - total;
    }
    bool open(QuestionCategory cat) const {
        auto it = counts_.find(cat);
        return it != counts_.end() && it->second > 0;
    }
    bool take(QuestionCategory cat) {
        if (!open(cat)) return false;
        --counts_[cat];
        return true;
    }
    int left(QuestionCategory cat) const { return open(cat) ? counts_.at(cat) : 0; }
    // A category the bank cannot fill gives its slots to behavioral questions.
    void move_to_behavioral(QuestionCategory cat) {
        counts_[QuestionCategory::Behavioral] += left(cat);
        counts_[cat] = 0;
    }

private:
    std::map<QuestionCategory, int> counts_;
};

// The rubric a deep dive uses: the story's theme, except that the engineering
// kinds (architecture, on-call, test suites) fall back to the general one
// outside technical families.
std::string resume_kind(const std::string& theme, bool technical) {
    if (!technical && (theme == "scale" || theme == "operations" || theme == "quality" || theme == "simplify" ||
                       theme == "innovation" || theme == "dive_deep"))
        return "default";
    return theme;
}

// The category a deep dive on a story of this theme belongs to, given what is still open.
std::optional<QuestionCategory> resume_category(const std::string& theme, const Mix& mix) {
    auto first_open = [&](std::initializer_list<QuestionCategory> cats) -> std::optional<QuestionCategory> {
        for (const QuestionCategory c : cats)
            if (mix.open(c)) return c;
        return std::nullopt;
    };
    if (theme == "scale" || theme == "simplify" || theme == "innovation" || theme == "dive_deep")
        return first_open(
            {QuestionCategory::SystemDesign, QuestionCategory::RoleSpecific, QuestionCategory::Behavioral});
    if (theme == "operations" || theme == "quality" || theme == "safety")
        return first_open(
            {QuestionCategory::Operational, QuestionCategory::RoleSpecific, QuestionCategory::Behavioral});
    if (theme == "customer" || theme == "growth" || theme == "data")
        return first_open({QuestionCategory::RoleSpecific, QuestionCategory::Behavioral});
    return first_open({QuestionCategory::Behavioral, QuestionCategory::RoleSpecific});
}

// The JD line the design question is built on: a technical responsibility about systems or data.
const RequirementAssessment* design_line(const std::vector<const RequirementAssessment*>& lines) {
    for (const auto* r : lines)
        if (r->requirement->competency == "technical" &&
            (shows_theme(*r, {"scale", "data", "operations", "quality"}) || !r->requirement->skills.empty()))
            return r;
    return nullptr;
}

std::optional<QuestionCategory> approach_category(const RequirementAssessment& r, const Mix& mix) {
    if (r.requirement->competency == "leadership" && mix.open(QuestionCategory::Behavioral))
        return QuestionCategory::Behavioral;
    if (shows_theme(r, {"operations"}) && mix.open(QuestionCategory::Operational)) return QuestionCategory::Operational;
    if (mix.open(QuestionCategory::RoleSpecific)) return QuestionCategory::RoleSpecific;
    if (mix.open(QuestionCategory::Behavioral)) return QuestionCategory::Behavioral;
    return std::nullopt;
}

QuestionDraft bank_draft(const QuestionDef& def, const std::string& source) {
    QuestionDraft q;
    q.category = def.category;
    q.source = source;
    q.text = {{def.text, SpanKind::Plain}};
    q.really_asking = {{def.really_asking, SpanKind::Plain}};
    for (const auto& g : def.great) q.great.push_back({{g, SpanKind::Plain}});
    for (const auto& r : def.red_flags) q.red_flags.push_back({{r, SpanKind::Plain}});
    q.advice = {{def.prep, SpanKind::Plain}};
    q.themes = def.themes;
    return q;
}

// The language the resume uses in the most bullets: what to solve coding questions in.
std::string main_language(const Candidate& c) {
    std::string best;
    size_t best_uses = 0;
    for (const auto& s : c.skills) {
        if (s.category != "language") continue;
        size_t uses = 0;
        for (const auto& e : s.evidence)
            if (e != "skills-section" && e != "summary") ++uses;
        if (uses > best_uses) {
            best = s.name;
            best_uses = uses;
        }
    }
    return best;
}

size_t story_number(const Playbook& doc, const std::string& id) {
    for (size_t i = 0; i < doc.stories.size(); ++i)
        if (doc.stories[i].id == id) return i + 1;
    return 0;
}

// "Use story 2, "Billion-Scale Data Pipeline", and lead with ..." + the advice.
// One writer per document, so the same sentence is not printed under two questions.
class PrepWriter {
public:
    PrepWriter(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Seed& seed, ProseWriter& ph)
        : kb_(kb), doc_(doc), a_(a), seed_(seed), ph_(ph) {}

    Rich prep(const QuestionDraft& q, std::string& story) {
        RichBuilder r;
        story = q.story.empty() && q.category != QuestionCategory::Coding ? story_for(q.themes) : q.story;
        if (const size_t n = story.empty() ? 0 : story_number(doc_, story)) {
            ++pointers_[story];
            const Story& s = doc_.stories[n - 1];
            const std::string label = shared_label(s, q.themes);
            const SlotValues slots{{"number", {std::to_string(n), SpanKind::Plain}},
                                   {"title", {s.title, SpanKind::Strong}},
                                   {"label", {label, SpanKind::Plain}},
                                   {"value", {q.value, SpanKind::Strong}}};
            const std::string key = story == q.story   ? "q.prep_own_story"
                                    : !q.value.empty() ? "q.prep_story_value"
                                                       : "q.prep_story";
            // The rotation topic is what the sentence says, so two notes never read the same.
            const std::string topic = story + "|" + (key == "q.prep_story" ? label : q.value);
            r.append(ph_.next(key, seed_, slots, topic)).plain(" ");
        } else if (q.category == QuestionCategory::Behavioral) {
            const SlotValues slots{{"label", {first_label(q.themes), SpanKind::Plain}}};
            r.append(ph_.next("q.prep_no_story", seed_, slots, first_label(q.themes))).plain(" ");
        } else if (q.category == QuestionCategory::Coding && !language_said_) {
            // Said once, under the first coding question: repeating it adds nothing.
            const std::string language = main_language(doc_.candidate);
            if (!language.empty()) {
                r.append(ph_.next("q.prep_language", seed_, {{"language", {language, SpanKind::Strong}}})).plain(" ");
                language_said_ = true;
            }
        }
        r.append(q.advice);
        return r.build();
    }

private:
    // The lead's best story for these themes; a story already pointed to
    // twice gives way to the next one that shares a theme, so the prep notes
    // spread over the whole story bank; none after three mentions.
    std::string story_for(const std::vector<std::string>& themes) const {
        const std::string best = best_story_for(doc_, a_, themes);
        if (best.empty() || uses(best) < 2) return best;
        std::string alternative;
        int alternative_score = 0;
        for (const auto& s : doc_.stories) {
            const BulletRef* b = a_.bullet(s.anchor);
            if (!b || uses(s.id) >= 2) continue;
            int score = 0;
            for (const auto& t : themes)
                if (has(b->themes, t)) ++score;
            if (score > alternative_score) {
                alternative = s.id;
                alternative_score = score;
            }
        }
        if (!alternative.empty()) return alternative;
        // No other story fits: point to this one again only while the wording can still vary.
        return uses(best) < 3 ? best : std::string();
    }
    int uses(const std::string& story) const {
        auto it = pointers_.find(story);
        return it == pointers_.end() ? 0 : it->second;
    }

    std::string first_label(const std::vector<std::string>& themes) const {
        for (const auto& t : themes)
            if (const ThemeDef* def = kb_.theme(t)) return def->label;
        return "the result";
    }
    // The first of the question's themes the story's own line shows, as a label.
    std::string shared_label(const Story& s, const std::vector<std::string>& themes) const {
        if (const BulletRef* b = a_.bullet(s.anchor))
            for (const auto& t : themes)
                if (has(b->themes, t))
                    if (const ThemeDef* def = kb_.theme(t)) return def->label;
        return "the result";
    }

    const Knowledge& kb_;
    const Playbook& doc_;
    const Analysis& a_;
    Seed seed_;
    ProseWriter& ph_;
    std::map<std::string, int> pointers_;  // story id -> questions that point to it
    bool language_said_ = false;
};

}  // namespace

std::vector<Question> write_questions(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const RoleFamily* family = a.job_family ? a.job_family : kb.role("general");
    const std::string company = company_display_name(a, doc);
    Mix mix(family);
    BankSelection sel;
    sel.family = family ? family->id : "general";
    sel.level = bank_level(a.job_level);
    sel.job_themes = job_theme_counts(a);
    sel.seed = seed_for(Purpose::QuestionBank, {doc.candidate.name.value_or(""), company, doc.job.title.value_or("")});
    std::vector<QuestionDraft> drafts;

    // 1. Deep dives on the two strongest stories, in different categories.
    std::vector<QuestionCategory> resume_categories;
    std::vector<std::string> resume_rubrics;
    const bool technical = software_register(kb, family);
    for (const auto& pick : pick_story_bullets(kb, a)) {
        if (resume_categories.size() == 2) break;
        const Story* story = nullptr;
        for (const auto& s : doc.stories)
            if (s.anchor == pick.bullet->bullet->id) story = &s;
        const std::string kind = resume_kind(pick.theme, technical);
        const std::optional<QuestionCategory> cat = resume_category(kind, mix);
        // Two deep dives falling back to the same generic rubric would print it twice.
        const std::string rubric = kind_key(kb, "q.resume.great", kind);
        if (!story || !cat ||
            std::find(resume_categories.begin(), resume_categories.end(), *cat) != resume_categories.end() ||
            has(resume_rubrics, rubric))
            continue;
        resume_rubrics.push_back(rubric);
        mix.take(*cat);
        resume_categories.push_back(*cat);
        drafts.push_back(resume_question(kb, doc, a, *story, kind, *cat, ph));
        for (const auto& t : drafts.back().themes) sel.used_themes.insert(t);
    }

    // 2. The JD's own work: a design question, how they would approach a responsibility, why this team.
    std::set<std::string> used_lines;
    const auto lines = work_lines(a);
    if (mix.open(QuestionCategory::SystemDesign))
        if (const RequirementAssessment* line = design_line(lines)) {
            mix.take(QuestionCategory::SystemDesign);
            used_lines.insert(line->requirement->id);
            drafts.push_back(jd_design_question(kb, doc, a, *line, ph));
        }
    for (const RequirementAssessment* line : work_lines(a, used_lines)) {
        const std::optional<QuestionCategory> cat = approach_category(*line, mix);
        if (!cat) break;
        mix.take(*cat);
        drafts.push_back(jd_approach_question(kb, doc, a, *line, *cat, ph));
        break;
    }
    {
        const QuestionCategory cat = mix.open(QuestionCategory::RoleSpecific) ? QuestionCategory::RoleSpecific
                                                                              : QuestionCategory::Behavioral;
        if (mix.open(cat))
            if (auto q = jd_team_question(kb, doc, a, cat, ph)) {
                mix.take(cat);
                drafts.push_back(std::move(*q));
            }
    }

    // 3. The bank for the family's own categories; what it cannot fill becomes behavioral.
    std::vector<std::string> job_themes;
    for (const auto& [t, n] : sel.job_themes)
        if (job_themes.size() < 4) job_themes.push_back(t);
    for (const EnumName<QuestionCategory>& category : enum_names(QuestionCategory{})) {
        const QuestionCategory cat = category.value;
        if (cat == QuestionCategory::Behavioral) continue;
        while (mix.open(cat)) {
            const QuestionDef* def = pick_bank_question(kb, cat, job_themes, sel);
            if (!def) {
                mix.move_to_behavioral(cat);
                break;
            }
            mix.take(cat);
            mark_used(sel, *def);
            drafts.push_back(bank_draft(*def, "role"));
        }
    }

    // 4. Behavioral questions by the company's values, the JD's focus values first.
    const auto values = focus_values(a);
    size_t next_value = 0;
    while (mix.open(QuestionCategory::Behavioral)) {
        const FocusValue* value = values.empty() ? nullptr : &values[next_value++ % values.size()];
        const std::vector<std::string> wanted = value ? value->def->themes : job_themes;
        const QuestionDef* def = pick_bank_question(kb, QuestionCategory::Behavioral, wanted, sel);
        if (!def) break;
        mix.take(QuestionCategory::Behavioral);
        mark_used(sel, *def);
        bool tests_value = false;
        if (value)
            for (const auto& t : def->themes)
                if (has(value->def->themes, t)) tests_value = true;
        const bool company_question = tests_value && !a.company->generic;
        QuestionDraft q = bank_draft(*def, company_question ? "company" : "role");
        if (company_question) {
            q.value = value->def->name;
            q.really_asking =
                RichBuilder()
                    .append(q.really_asking)
                    .plain(" ")
                    .append(ph.next("q.value_link", sel.seed,
                                    {{"company", {company, SpanKind::Plain}}, {"value", {q.value, SpanKind::Strong}}},
                                    q.value))
                    .build();
        }
        drafts.push_back(std::move(q));
    }

    std::stable_sort(drafts.begin(), drafts.end(), [](const QuestionDraft& x, const QuestionDraft& y) {
        return x.category < y.category;  // the enum lists the categories in the report's order
    });

    std::vector<Question> out;
    PrepWriter prep(kb, doc, a, sel.seed, ph);
    for (const auto& d : drafts) {
        Question q;
        q.id = "q" + std::to_string(out.size());
        q.category = d.category;
        q.source = d.source;
        q.text = d.text;
        q.really_asking = d.really_asking;
        q.great = d.great;
        q.red_flags = d.red_flags;
        std::string story;
        q.prep = prep.prep(d, story);
        if (!story.empty()) q.story = story;
        q.practice_prompt = practice_prompt(doc, a, q, ph);
        out.push_back(std::move(q));
    }
    return out;
}

}  // namespace ip
