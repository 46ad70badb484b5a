// Questions to ask, the 30/60/90 plan, the cheat sheet and the prep priority.
#include <catch2/catch.hpp>
#include <set>

#include "compose_cases.h"
#include "core/text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

// Names the work of a JD line in its own words (three words in a row from it),
// as people say it, rather than pasting the line.
bool mentions_any_jd_line(const Playbook& doc, const std::string& text) {
    const std::string lower = to_lower(text);
    for (const auto& r : doc.job.requirements) {
        const std::vector<std::string> words = split(to_lower(r.text), ' ');
        for (size_t i = 0; i + 3 <= words.size(); ++i)
            if (contains(lower, words[i] + " " + words[i + 1] + " " + words[i + 2])) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("questions to ask: every interviewer, with Amazon's Bar Raiser") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const QuestionsToAsk& q = r.doc.questions_to_ask;
    CHECK(q.special_name == "Bar Raiser");
    CHECK(q.special.size() >= 3);
    const CompanyDef* amazon = knowledge().find_company("Amazon");
    REQUIRE(amazon);
    std::set<std::string> tags;
    for (const auto* list : {&q.recruiter, &q.hiring_manager, &q.peer, &q.executive, &q.special}) {
        CHECK(list->size() >= 3);
        CHECK(list->size() <= 4);
        for (const auto& item : *list) {
            INFO(item.text);
            tags.insert(item.tag);
            CHECK(!item.why.empty());
            if (item.tag == "role")
                CHECK((mentions_any_jd_line(r.doc, item.text) || contains(item.text, "Search & Discovery") ||
                       icontains(item.text, "data structures")));
        }
    }
    CHECK(tags == std::set<std::string>{"general", "company", "role"});
    bool value_named = false;
    for (const auto& item : q.hiring_manager)
        if (item.tag == "company")
            for (const auto& v : amazon->values)
                if (contains(item.text, v.name)) value_named = true;
    CHECK(value_named);
}

TEST_CASE("questions to ask: an unknown company gets no made-up values or special interviewer") {
    const auto& r = unknown_company_playbook();
    REQUIRE(r.ok);
    REQUIRE(!r.doc.company.known);
    const QuestionsToAsk& q = r.doc.questions_to_ask;
    CHECK(q.special.empty());
    CHECK(q.special_name.empty());
    const CompanyDef& generic = knowledge().generic_company();
    for (const auto* list : {&q.recruiter, &q.hiring_manager, &q.peer, &q.executive})
        for (const auto& item : *list)
            if (item.tag == "company")
                for (const auto& v : generic.values) {
                    INFO(item.text);
                    CHECK(!contains(item.text, v.name));
                }
}

TEST_CASE("plan: the JD's own work, the candidate's own lines, first person throughout") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const Plan& p = r.doc.plan;
    bool jd_quoted = false;
    for (const auto& item : p.days_30.focus)
        for (const auto& s : item)
            if (s.kind == SpanKind::Fact && in_some_requirement(r.doc, s.text)) jd_quoted = true;
    CHECK(jd_quoted);
    bool resume_quoted = false;
    for (const auto& item : p.days_30.background_helps)
        for (const auto& s : item)
            if (s.kind == SpanKind::Fact && in_some_bullet(r.doc, s.text)) resume_quoted = true;
    CHECK(resume_quoted);
    CHECK(!p.days_60.excited_to_learn.empty());
    CHECK(!p.days_90.diagnose_first.empty());
    const std::pair<const PlanPhase*, const char*> phases[] = {
        {&p.days_30, "By day 30"}, {&p.days_60, "By day 60"}, {&p.days_90, "By day 90"}};
    for (const auto& [phase, start] : phases) {
        REQUIRE(!phase->milestone.empty());
        CHECK(starts_with(rich_to_plain(phase->milestone.front()), start));
        for (const auto* list : {&phase->focus, &phase->background_helps, &phase->excited_to_learn,
                                 &phase->diagnose_first, &phase->milestone})
            for (const auto& item : *list)
                for (const auto& s : item)
                    if (s.kind != SpanKind::Fact) {
                        INFO(s.text);
                        const std::string lower = " " + to_lower(s.text) + " ";
                        CHECK(!contains(lower, " you "));
                        CHECK(!contains(lower, " your "));
                    }
    }
}

TEST_CASE("cheat sheet: drawn from the rest of the document") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const Playbook& d = r.doc;
    const CheatSheet& c = d.cheat_sheet;
    CHECK(c.pitch == d.pitch.thirty_second);
    REQUIRE(c.story_bank.size() == d.stories.size());
    for (size_t i = 0; i < d.stories.size(); ++i) {
        CHECK(c.story_bank[i].story == d.stories[i].id);
        CHECK(!c.story_bank[i].question.empty());
    }
    REQUIRE(c.questions_to_ask.size() == 3);
    std::vector<std::string> asked;
    for (const auto* list : {&d.questions_to_ask.hiring_manager, &d.questions_to_ask.peer, &d.questions_to_ask.special,
                             &d.questions_to_ask.executive})
        for (const auto& item : *list) asked.push_back(item.text);
    for (const auto& line : c.questions_to_ask) {
        bool found = false;
        for (const auto& a : asked)
            if (ends_with(line, a)) found = true;
        INFO(line);
        CHECK(found);
    }
    REQUIRE(!d.gap_scripts.empty());
    // The short bridge starts like the full one.
    const std::string short_answer = rich_to_plain(c.gap_answer);
    const std::string full = rich_to_plain(d.gap_scripts.front().script);
    CHECK(starts_with(full, short_answer.substr(0, short_answer.find('.'))));
    CHECK(c.selling_points.size() == d.fit.strengths.size());
    CHECK(c.remember.size() >= 3);
    CHECK(c.remember.size() <= 5);
}

TEST_CASE("priority: names the gaps and the sections to use first") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const Fit& f = r.doc.fit;
    const std::string priority = rich_to_plain(f.priority);
    for (const auto& g : f.gaps) CHECK(contains(priority, g.title));
    CHECK(contains(priority, "section 7"));
    REQUIRE(f.path_30_minutes.size() >= 4);
    REQUIRE(f.path_2_hours.size() >= 5);
    for (const auto& step : f.path_30_minutes) CHECK(icontains(step, "section"));
    // The seed's culture score is its weak spot, so the long path maps stories to Amazon's values.
    if (f.subscores.culture < 60) {
        bool values_step = false;
        for (const auto& step : f.path_2_hours)
            if (contains(step, "Amazon's values")) values_step = true;
        CHECK(values_step);
    }
}
