// Coverage over the corpus: every section of every playbook is filled, with
// the counts the product promises (12 questions, up to 8 stories, 3
// curveballs, questions for each interviewer), and the same inputs always
// give the same document.
#include <catch2/catch.hpp>
#include <iostream>
#include <set>

#include "analyze/analysis.h"
#include "compose/story_selection.h"
#include "corpus_playbooks.h"
#include "model/document_json.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

bool blank(const Rich& r) {
    for (const auto& s : r)
        if (s.text.find_first_not_of(" \n\t") != std::string::npos) return false;
    return true;
}

bool has_fill(const Rich& r) {
    for (const auto& s : r)
        if (s.kind == SpanKind::Fill) return true;
    return false;
}

class Problems {
public:
    explicit Problems(std::string where) : where_(std::move(where)) {}
    void expect(bool ok, const std::string& what) {
        if (!ok) list_.push_back(where_ + ": " + what);
    }
    const std::vector<std::string>& list() const { return list_; }

private:
    std::string where_;
    std::vector<std::string> list_;
};

void check_fit_and_company(const Playbook& d, Problems& p) {
    p.expect(d.fit.score > 0 && d.fit.score <= 100, "fit.score out of range");
    p.expect(!blank(d.fit.summary), "fit.summary empty");
    p.expect(!d.fit.strengths.empty(), "no strengths");
    p.expect(!d.fit.requirements.empty(), "no requirement table");
    p.expect(!blank(d.fit.priority), "fit.priority empty");
    p.expect(d.fit.path_30_minutes.size() >= 3, "30-minute path has fewer than 3 steps");
    p.expect(d.fit.path_2_hours.size() >= 4, "2-hour path has fewer than 4 steps");
    p.expect(!d.decode.empty(), "decode empty");
    // Only a company's own published values are listed (issue 17): none for an unknown company.
    p.expect(d.company.known || d.company.values.empty(), "an unknown company lists values");
    p.expect(!d.company.process.empty() || d.company.known, "company process empty");
    p.expect(!d.hidden_priorities.empty(), "hidden priorities empty");
    p.expect(!d.mistakes.empty(), "mistakes empty");
}

void check_pitch_and_stories(const Knowledge& kb, const Playbook& d, const Analysis& a, Problems& p) {
    p.expect(!blank(d.pitch.thirty_second), "30-second pitch empty");
    p.expect(!blank(d.pitch.two_minute.past) && !blank(d.pitch.two_minute.present) &&
                 !blank(d.pitch.two_minute.pivot) && !blank(d.pitch.two_minute.future),
             "a part of the 2-minute pitch is empty");
    p.expect(!blank(d.pitch.why_company) && !blank(d.pitch.why_role), "why company / why role empty");

    size_t strong = 0;
    for (const auto& b : a.bullets)
        if (is_strong_bullet(kb, b)) ++strong;
    p.expect(d.stories.size() == std::min<size_t>(8, strong),
             "stories: " + std::to_string(d.stories.size()) + ", strong bullets: " + std::to_string(strong));
    std::set<std::string> company_values;
    for (const auto& v : a.company->values) company_values.insert(v.name);
    for (const auto& s : d.stories) {
        // A story is tagged with the company's values when it publishes some, and with none otherwise.
        p.expect(s.values.empty() == a.values.empty(),
                 s.id + (a.values.empty() ? " names values the company never published" : " has no values"));
        for (const auto& v : s.values)
            p.expect(company_values.count(v) > 0, s.id + " value \"" + v + "\" is not the company's");
    }
}

void check_questions_and_scripts(const Playbook& d, Problems& p) {
    p.expect(d.questions.size() == 12, "questions: " + std::to_string(d.questions.size()));
    std::set<std::string> texts, stories;
    for (const auto& s : d.stories) stories.insert(s.id);
    for (size_t i = 0; i < d.questions.size(); ++i) {
        const Question& q = d.questions[i];
        p.expect(q.id == "q" + std::to_string(i), "question id " + q.id);
        p.expect(texts.insert(rich_to_plain(q.text)).second, q.id + " repeats another question");
        p.expect(q.great.size() == 4 && q.red_flags.size() == 4, q.id + " rubric is not 4 + 4");
        p.expect(!blank(q.really_asking) && !blank(q.prep) && !q.practice_prompt.empty(), q.id + " has an empty part");
        p.expect(!q.story || stories.count(*q.story), q.id + " points at a missing story");
        static const std::set<std::string> sources{"company", "role", "jd", "resume"};
        p.expect(sources.count(q.source) > 0, q.id + " source " + q.source);
    }
    p.expect(d.gap_scripts.size() == d.fit.gaps.size(),
             "gap scripts: " + std::to_string(d.gap_scripts.size()) + ", gaps: " + std::to_string(d.fit.gaps.size()));
    for (const auto& g : d.gap_scripts) {
        p.expect(!g.title.empty() && !blank(g.why_probe) && !g.verify.empty(),
                 "gap script " + g.requirement + " incomplete");
        p.expect(has_fill(g.script), "gap script " + g.requirement + " has no blank for the candidate");
    }
    p.expect(d.curveballs.size() == 3, "curveballs: " + std::to_string(d.curveballs.size()));
    p.expect(d.recovery_steps.size() == 4, "recovery steps: " + std::to_string(d.recovery_steps.size()));
}

void check_asks_plan_cheat(const Playbook& d, const Analysis& a, Problems& p) {
    const QuestionsToAsk& q = d.questions_to_ask;
    for (const auto& [name, items] : {std::pair<const char*, const std::vector<AskItem>*>{"recruiter", &q.recruiter},
                                      {"hiring_manager", &q.hiring_manager},
                                      {"peer", &q.peer},
                                      {"executive", &q.executive}})
        p.expect(items->size() >= 3 && items->size() <= 4,
                 std::string("questions to ask the ") + name + ": " + std::to_string(items->size()));
    const bool special = !a.company->generic && !a.company->special_interviewer.empty();
    p.expect(special ? q.special.size() >= 3 && q.special_name == a.company->special_interviewer
                     : q.special.empty() && q.special_name.empty(),
             "special interviewer questions: " + std::to_string(q.special.size()));

    for (const auto* phase : {&d.plan.days_30, &d.plan.days_60, &d.plan.days_90})
        p.expect(!phase->focus.empty() && !phase->milestone.empty(), "a plan phase has no focus or milestone");
    p.expect(!d.plan.days_30.background_helps.empty(), "plan: background_helps empty");
    p.expect(!d.plan.days_60.excited_to_learn.empty(), "plan: excited_to_learn empty");
    p.expect(!d.plan.days_90.diagnose_first.empty(), "plan: diagnose_first empty");

    const CheatSheet& c = d.cheat_sheet;
    p.expect(!blank(c.pitch), "cheat sheet pitch empty");
    p.expect(c.story_bank.size() == d.stories.size(), "cheat sheet story bank size");
    p.expect(!c.company_facts.empty() && !c.selling_points.empty(), "cheat sheet company facts / selling points empty");
    p.expect(c.questions_to_ask.size() == 3,
             "cheat sheet questions to ask: " + std::to_string(c.questions_to_ask.size()));
    p.expect(c.remember.size() >= 3 && c.remember.size() <= 5,
             "cheat sheet remember: " + std::to_string(c.remember.size()));
    p.expect(blank(c.gap_answer) == d.gap_scripts.empty(), "cheat sheet gap answer does not match the gap scripts");
    p.expect(!c.curveball.empty(), "cheat sheet curveball empty");
}

}  // namespace

TEST_CASE("coverage: every section of every corpus playbook is filled") {
    const Knowledge& kb = knowledge();
    std::vector<std::string> problems;
    size_t checked = 0, questions = 0, stories = 0;
    for (const auto& c : corpus_playbooks()) {
        Problems p(c.name());
        p.expect(c.result.ok, "generation failed: " + c.result.error);
        if (c.result.ok) {
            const Playbook& d = c.result.doc;
            const Analysis a = build_analysis(kb, d);
            check_fit_and_company(d, p);
            check_pitch_and_stories(kb, d, a, p);
            check_questions_and_scripts(d, p);
            check_asks_plan_cheat(d, a, p);
            ++checked;
            questions += d.questions.size();
            stories += d.stories.size();
        }
        problems.insert(problems.end(), p.list().begin(), p.list().end());
    }
    std::cout << "\nCoverage: " << checked << " playbooks, " << questions << " questions, " << stories << " stories\n";
    for (const auto& s : problems) std::cout << "  " << s << "\n";
    CHECK(problems.empty());
}

TEST_CASE("coverage: the same inputs give the same document") {
    for (const auto& [resume, job] : {std::pair<const char*, const char*>{"seed-case/resume.txt", "seed-case/job.txt"},
                                      {"resumes/kevin-park.txt", "jobs/fernway-director-engineering.txt"},
                                      {"resumes/grace-nwosu.txt", "jobs/kaiser-icu-rn.txt"}}) {
        INFO(resume << " x " << job);
        const GenerateResult first = generate_fixture(resume, job);
        const GenerateResult second = generate_fixture(resume, job);
        REQUIRE(first.ok);
        CHECK(playbook_to_json(first.doc) == playbook_to_json(second.doc));
    }
}
