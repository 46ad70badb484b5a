// The 12 likely questions: the mix follows the role family, some are built
// on the candidate's own lines and the JD's own work, behavioral ones follow
// the company's values, prep points at a story, and the practice prompt
// stands on its own.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "compose_cases.h"
#include "core/grammar.h"
#include "core/text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

std::map<QuestionCategory, int> categories(const Playbook& doc) {
    std::map<QuestionCategory, int> out;
    for (const auto& q : doc.questions) ++out[q.category];
    return out;
}

}  // namespace

TEST_CASE("questions: a software engineer at Amazon gets the software family's mix") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    REQUIRE(r.doc.questions.size() == 12);
    const RoleFamily* software = knowledge().role("software");
    REQUIRE(software);
    const auto got = categories(r.doc);
    for (const auto& [cat, n] : software->question_mix) {
        INFO(name_of(cat));
        CHECK((got.count(cat) ? got.at(cat) : 0) == n);
    }
}

TEST_CASE("questions: a sales role gets no coding or design questions") {
    const auto& r = sales_playbook();
    REQUIRE(r.ok);
    REQUIRE(r.doc.questions.size() == 12);
    const auto got = categories(r.doc);
    CHECK(got.count(QuestionCategory::Coding) == 0);
    CHECK(got.count(QuestionCategory::SystemDesign) == 0);
    CHECK(got.at(QuestionCategory::Behavioral) >= 5);
    CHECK(got.at(QuestionCategory::RoleSpecific) >= 3);
}

TEST_CASE("questions: some are built on the resume's own lines, some on the JD's") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    int from_resume = 0, from_jd = 0;
    for (const auto& q : r.doc.questions) {
        const std::string fact = spans_of(q.text, SpanKind::Fact);
        INFO(q.id << ": " << rich_to_plain(q.text));
        if (q.source == "resume") {
            ++from_resume;
            // The quoted line is the candidate's, and the question prepares with the story built on it.
            CHECK(in_some_bullet(r.doc, fact));
            REQUIRE(q.story);
            bool anchored = false;
            for (const auto& s : r.doc.stories)
                if (s.id == *q.story)
                    for (const auto& p : r.doc.candidate.positions)
                        for (const auto& b : p.bullets)
                            if (b.id == s.anchor && contains(b.text, fact)) anchored = true;
            CHECK(anchored);
        }
        if (q.source == "jd") {
            ++from_jd;
            CHECK(!fact.empty());
            for (const auto& s : q.text)
                if (s.kind == SpanKind::Fact)
                    CHECK((in_some_requirement(r.doc, s.text) || contains(r.doc.job.team.value_or(""), s.text) ||
                           contains(r.doc.job.about.value_or(""), s.text)));
        }
    }
    CHECK(from_resume >= 2);
    CHECK(from_jd >= 2);
}

TEST_CASE("questions: behavioral questions follow the company's values") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const CompanyDef* amazon = knowledge().find_company("Amazon");
    REQUIRE(amazon);
    std::set<std::string> values;
    for (const auto& v : amazon->values) values.insert(v.name);
    int company_questions = 0;
    for (const auto& q : r.doc.questions) {
        if (q.source != "company") continue;
        ++company_questions;
        INFO(q.id << ": " << rich_to_plain(q.really_asking));
        CHECK(q.category == QuestionCategory::Behavioral);
        CHECK(values.count(spans_of(q.really_asking, SpanKind::Strong)) == 1);
    }
    CHECK(company_questions >= 2);
}

TEST_CASE("questions: prep names a story by number and title, the prompt stands alone") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    std::set<std::string> texts;
    for (size_t i = 0; i < r.doc.questions.size(); ++i) {
        const Question& q = r.doc.questions[i];
        INFO(q.id);
        CHECK(q.id == "q" + std::to_string(i));
        CHECK(texts.insert(rich_to_plain(q.text)).second);
        REQUIRE(q.great.size() == 4);
        CHECK(q.red_flags.size() == 4);
        if (q.story) {
            size_t number = 0;
            for (size_t k = 0; k < r.doc.stories.size(); ++k)
                if (r.doc.stories[k].id == *q.story) number = k + 1;
            REQUIRE(number > 0);
            const std::string prep = rich_to_plain(q.prep);
            CHECK(icontains(prep, "story " + std::to_string(number)));
            CHECK(contains(prep, r.doc.stories[number - 1].title));
        }
        const std::string& prompt = q.practice_prompt;
        CHECK(contains(prompt, "Amazon"));
        CHECK(contains(prompt, r.doc.job.title.value_or("?")));
        CHECK(contains(prompt, rich_to_plain(q.text)));
        for (const auto& g : q.great) CHECK(contains(prompt, strip_trailing_period(rich_to_plain(g))));
    }
    // Most questions point to a story; coding questions need not.
    int with_story = 0;
    for (const auto& q : r.doc.questions) with_story += q.story ? 1 : 0;
    CHECK(with_story >= 6);
}
