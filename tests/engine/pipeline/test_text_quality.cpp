// The text linter over every corpus playbook: what it finds is printed, then
// the test fails. A first test proves the linter catches each kind of defect.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>
#include <map>

#include "core/text.h"
#include "corpus_playbooks.h"
#include "playbook_lint.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

std::map<std::string, int> rule_counts(const std::vector<LintFinding>& findings) {
    std::map<std::string, int> counts;
    for (const auto& f : findings) ++counts[f.rule];
    return counts;
}

bool has_rule(const std::vector<LintFinding>& findings, const std::string& rule) {
    return rule_counts(findings).count(rule) > 0;
}

// A small document whose every span is clean, to seed one defect at a time.
GenerateResult clean_result() {
    GenerateResult r;
    r.ok = true;
    r.sources.resume = "Jordan Chen\nLed design reviews for a team of 8 engineers.\nCut p99 latency by 38%.";
    r.sources.job = "Amazon\nDesign, build, and maintain highly scalable distributed systems.";
    Position p;
    p.company = "Microsoft";
    p.bullets.push_back({"p0b0", "Led design reviews for a team of 8 engineers.", {}, {}, "Led"});
    p.bullets.push_back({"p0b1", "Cut p99 latency by 38%.", {}, {}, "Cut"});
    r.doc.candidate.positions.push_back(p);
    r.doc.fit.summary = RichBuilder()
                            .plain("You ")
                            .fact("Led design reviews for a team of 8 engineers")
                            .plain(". That is an asset for an SRE team.")
                            .build();
    r.doc.pitch.thirty_second =
        RichBuilder().plain("I ").fact("Cut p99 latency by 38%").plain(" and I want to do it again at Amazon.").build();
    Story s;
    s.id = "s0";
    s.anchor = "p0b0";
    s.title = "Design Reviews";
    r.doc.stories.push_back(s);
    return r;
}

}  // namespace

TEST_CASE("text linter: a clean document passes and each seeded defect is caught") {
    {
        const auto findings = lint_playbook(clean_result());
        for (const auto& f : findings) UNSCOPED_INFO(f.rule << " at " << f.where << ": " << f.text);
        CHECK(findings.empty());
    }
    struct Seed {
        const char* rule;
        void (*apply)(GenerateResult&);
    };
    const Seed seeds[] = {
        // clang-format off
        {"debris", [](GenerateResult& r) { r.doc.fit.priority = {{"Start with {gap} first.", SpanKind::Plain}}; }},
        {"debris", [](GenerateResult& r) { r.doc.fit.priority = {{"Your score is null today.", SpanKind::Plain}}; }},
        {"article", [](GenerateResult& r) { r.doc.fit.priority = {{"You are a ", SpanKind::Plain}, {"Amazon", SpanKind::Fact}}; }},
        {"article", [](GenerateResult& r) { r.doc.fit.priority = {{"Join as an SDE on a SRE team.", SpanKind::Plain}}; }},
        {"doubled_word", [](GenerateResult& r) { r.doc.fit.priority = {{"Rehearse the the script.", SpanKind::Plain}}; }},
        {"doubled_space", [](GenerateResult& r) { r.doc.fit.priority = {{"Rehearse  the script.", SpanKind::Plain}}; }},
        {"doubled_period", [](GenerateResult& r) {
             r.doc.fit.priority = {{"I worked at ", SpanKind::Plain}, {"Acme, Inc.", SpanKind::Fact}, {". Then more.", SpanKind::Plain}};
         }},
        {"capital", [](GenerateResult& r) { r.doc.fit.priority = {{"Rehearse it. then print it.", SpanKind::Plain}}; }},
        {"repeated", [](GenerateResult& r) {
             r.doc.fit.priority = {{"Rehearse the bridge script out loud twice.", SpanKind::Plain}};
             // clang-format on
             r.doc.plan.days_30.focus = {{{"Rehearse the bridge script out loud twice.", SpanKind::Plain}}};
         }},
        {"fact",
         [](GenerateResult& r) {
             r.doc.fit.priority = {{"Led design reviews for 80 engineers", SpanKind::Fact}};
         }},
        {"anchor", [](GenerateResult& r) { r.doc.stories[0].anchor = "p9b9"; }},
        {"anchor_shared", [](GenerateResult& r) { r.doc.stories.push_back(r.doc.stories[0]); }},
        {"second_person",
         [](GenerateResult& r) {
             r.doc.pitch.why_role = {{"It fits your background.", SpanKind::Plain}};
         }},
        // What would cost the interview (issue 17).
        {"confession",
         [](GenerateResult& r) {
             r.doc.pitch.why_role = {
                 {"My experience with data structures and algorithms is lighter than the rest of my background.",
                  SpanKind::Plain}};
         }},
        {"confession",
         [](GenerateResult& r) {
             r.doc.cheat_sheet.gap_answer = {
                 {"I'll be honest that communication is the thinnest part of my resume.", SpanKind::Plain}};
         }},
        {"confession",
         [](GenerateResult& r) {
             r.doc.plan.days_60.excited_to_learn = {
                 {{"The parts of communication that are new to me.", SpanKind::Plain}}};
         }},
        {"confession",
         [](GenerateResult& r) {
             // clang-format off
             r.doc.questions_to_ask.hiring_manager.push_back(
                 {"If you had a concern about my background in SQL, what would it be?", "It invites the concern.", "general"});
             // clang-format on
         }},
        {"empty_slot",
         [](GenerateResult& r) {
             r.doc.pitch.two_minute.past = {{"I started as a ", SpanKind::Plain},
                                            {"", SpanKind::Fact},
                                            {" at ", SpanKind::Plain},
                                            {"", SpanKind::Fact},
                                            {". Then I moved on.", SpanKind::Plain}};
         }},
        {"empty_slot",
         [](GenerateResult& r) {
             r.doc.fit.priority = {{"Rehearse the script at . Then print it.", SpanKind::Plain}};
         }},
        {"pasted_jd",
         [](GenerateResult& r) {
             r.doc.pitch.two_minute.future = {
                 {"I want to ", SpanKind::Plain},
                 {"Design, build, and maintain highly scalable distributed systems", SpanKind::Fact},
                 {" at Amazon.", SpanKind::Plain}};
         }},
        {"pasted_jd",
         [](GenerateResult& r) {
             r.doc.plan.days_30.focus = {RichBuilder()
                                             .plain("Everything behind \"")
                                             .fact("Design, build, and maintain highly scalable distributed systems")
                                             .plain("\".")
                                             .build()};
         }},
        {"pasted_jd",
         [](GenerateResult& r) {
             r.doc.questions_to_ask.peer.push_back(
                 {"The description mentions \"Design, build, and maintain highly scalable "
                  "distributed systems\". What does that look like on an ordinary day?",
                  "It shows interest.", "role"});
         }},
        {"ellipsis",
         [](GenerateResult& r) {
             r.doc.fit.priority = {{"Rehearse the script for distributed\u2026", SpanKind::Plain}};
         }},
        {"ellipsis",
         [](GenerateResult& r) {
             r.doc.fit.priority = {{"Rehearse the script for distributed...", SpanKind::Plain}};
         }},
        {"register",
         [](GenerateResult& r) {
             r.doc.fit.priority = {{"Can you show that production got calmer because of you?", SpanKind::Plain}};
         }},
        {"register",
         [](GenerateResult& r) {
             r.doc.mistakes.push_back(
                 {"Leading with technology",
                  "",
                  {{"A story that ends at the architecture diagram is incomplete.", SpanKind::Plain}}});
         }},
    };
    for (const auto& seed : seeds) {
        GenerateResult r = clean_result();
        seed.apply(r);
        INFO("seeded rule: " << seed.rule);
        CHECK(has_rule(lint_playbook(r), seed.rule));
    }
}

TEST_CASE("text linter: register words are another field's only, and quotes of the user's own words are exempt") {
    const Rich software_probe = {{"Can you show that production got calmer because of you?", SpanKind::Plain}};
    {
        GenerateResult r = clean_result();  // no title: the general family, not interviewed in software's terms
        r.doc.fit.priority = software_probe;
        CHECK(has_rule(lint_playbook(r), "register"));
    }
    {
        GenerateResult r = clean_result();
        r.doc.job.title = "Senior Software Engineer";
        r.doc.fit.priority = software_probe;
        CHECK_FALSE(has_rule(lint_playbook(r), "register"));
    }
    {
        GenerateResult r = clean_result();
        r.doc.job.title = "Registered Nurse - Intensive Care Unit";
        r.doc.fit.priority = {{"Say what you shipped and when.", SpanKind::Plain}};
        CHECK(has_rule(lint_playbook(r), "register"));  // "shipped" is on the healthcare list
    }
    {
        // The candidate's own words: quoted, or echoed in a title built from them.
        GenerateResult r = clean_result();
        r.doc.job.title = "Registered Nurse - Intensive Care Unit";
        r.sources.resume += "\nShipped a new triage checklist to 3 units.";
        r.doc.fit.priority = RichBuilder()
                                 .plain("Your line ")
                                 .fact("Shipped a new triage checklist to 3 units")
                                 .plain(" is the proof.")
                                 .build();
        CHECK_FALSE(has_rule(lint_playbook(r), "register"));
        r.doc.fit.priority = {{"Say what you shipped and when.", SpanKind::Plain}};
        CHECK_FALSE(has_rule(lint_playbook(r), "register"));
    }
}

TEST_CASE("text linter: confession and pasted-line rules apply to what the interviewer hears or reads") {
    // The same words in the candidate's private notes are advice, not a confession.
    GenerateResult r = clean_result();
    r.doc.fit.priority = {
        {"This requirement is where your resume is thinnest, so prepare an example.", SpanKind::Plain}};
    CHECK_FALSE(has_rule(lint_playbook(r), "confession"));
    r.doc.gap_scripts.push_back(
        {"r0", "Title", {}, {{"This is the thinnest part of my resume.", SpanKind::Plain}}, {}});
    CHECK(has_rule(lint_playbook(r), "confession"));
}

TEST_CASE("text linter: corpus playbooks read cleanly") {
    const auto& cases = corpus_playbooks();
    REQUIRE(cases.size() >= 50);
    std::vector<LintFinding> all;
    std::map<std::string, int> per_rule;
    for (const auto& c : cases) {
        INFO(c.name() << ": " << c.result.error);
        CHECK(c.result.ok);
        for (auto f : lint_playbook(c.result)) {
            ++per_rule[f.rule];
            f.where = c.name() + " | " + f.where;
            all.push_back(std::move(f));
        }
    }
    if (!all.empty()) {
        std::cout << "\nText linter: " << all.size() << " findings over " << cases.size() << " playbooks\n";
        for (const auto& [rule, n] : per_rule) std::cout << "  " << rule << ": " << n << "\n";
        for (const auto& f : all) std::cout << "[" << f.rule << "] " << f.where << "\n    " << f.text << "\n";
    }
    CHECK(all.empty());
}

TEST_CASE("corpus playbooks: every phrasing key exists and every template slot is filled") {
    const auto& cases = corpus_playbooks();
    REQUIRE(cases.size() >= 50);
    size_t problems = 0;
    for (const auto& c : cases) {
        for (const auto& p : c.result.template_problems) std::cout << c.name() << ": " << p << "\n";
        problems += c.result.template_problems.size();
    }
    CHECK(problems == 0);
}

TEST_CASE(
    "text linter: an invented story line not marked as a draft, a verb left as written and a cut number are caught") {
    GenerateResult r = clean_result();
    CHECK_FALSE(has_rule(lint_playbook(r), "undrafted"));
    r.doc.stories[0].situation = RichBuilder()
                                     .plain("I was a ")
                                     .fact("Led design reviews")
                                     .draft(" Several engineers on the team needed to level up quickly.")
                                     .build();
    CHECK_FALSE(has_rule(lint_playbook(r), "undrafted"));
    r.doc.stories[0].task = {{"Several engineers on the team needed to level up quickly.", SpanKind::Plain}};
    CHECK(has_rule(lint_playbook(r), "undrafted"));

    r = clean_result();
    r.doc.pitch.two_minute.past =
        RichBuilder().plain("Then at Microsoft I worked on ").fact("Led design reviews").plain(".").build();
    CHECK(has_rule(lint_playbook(r), "voice"));
    r.doc.pitch.two_minute.past =
        RichBuilder().plain("Then at Microsoft I worked on ").fact("design reviews").plain(".").build();
    CHECK_FALSE(has_rule(lint_playbook(r), "voice"));

    r = clean_result();
    r.sources.resume += "\nCared for 5 to 6 cardiac step-down patients a shift.";
    r.doc.stories[0].action = RichBuilder().plain("I cared ").fact("for 5").plain(".").build();
    CHECK(has_rule(lint_playbook(r), "cut_fact"));
    r.doc.stories[0].action =
        RichBuilder().plain("I cared ").fact("for 5 to 6 cardiac step-down patients a shift").plain(".").build();
    CHECK_FALSE(has_rule(lint_playbook(r), "cut_fact"));
}

TEST_CASE(
    "text linter: over the real corpus, stories mark what they invent, speak in the first person and cut no number") {
    namespace fs = std::filesystem;
    std::vector<std::string> resumes, jobs;
    for (const auto& e : fs::directory_iterator(fixture_path("real/resumes"))) {
        const std::string name = e.path().filename().string();
        if (ends_with(name, ".labels.json") || ends_with(name, ".tex")) continue;
        resumes.push_back("real/resumes/" + name);
    }
    for (const auto& e : fs::directory_iterator(fixture_path("real/jobs")))
        if (e.path().extension() == ".md") jobs.push_back("real/jobs/" + e.path().filename().string());
    std::sort(resumes.begin(), resumes.end());
    std::sort(jobs.begin(), jobs.end());
    REQUIRE(resumes.size() >= 5);
    REQUIRE(jobs.size() >= 4);
    size_t playbooks = 0, stories = 0;
    std::vector<LintFinding> found;
    for (const std::string& resume : resumes)
        for (size_t j = 0; j < 4; ++j) {
            const GenerateResult r = generate_fixture(resume, jobs[j]);
            if (!r.ok) continue;
            ++playbooks;
            stories += r.doc.stories.size();
            for (auto f : lint_playbook(r))
                if (f.rule == "undrafted" || f.rule == "voice" || f.rule == "cut_fact") {
                    f.where = resume + " x " + jobs[j] + " | " + f.where;
                    found.push_back(std::move(f));
                }
        }
    for (const auto& f : found) std::cout << "[" << f.rule << "] " << f.where << "\n    " << f.text << "\n";
    CHECK(playbooks >= 20);
    CHECK(stories >= 60);
    CHECK(found.empty());
}
