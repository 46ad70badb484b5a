// The text linter over every corpus playbook: what it finds is printed, then
// the test fails. A first test proves the linter catches each kind of defect.
#include <catch2/catch.hpp>
#include <iostream>
#include <map>

#include "corpus_playbooks.h"
#include "playbook_lint.h"

using namespace ip;
using namespace ip::test;

namespace {

std::map<std::string, int> rule_counts(const std::vector<LintFinding>& findings) {
    std::map<std::string, int> counts;
    for (const auto& f : findings) ++counts[f.rule];
    return counts;
}

bool has_rule(const std::vector<LintFinding>& findings, const std::string& rule) { return rule_counts(findings).count(rule) > 0; }

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
    r.doc.fit.summary = RichBuilder().plain("You ").fact("Led design reviews for a team of 8 engineers").plain(". That is an asset for an SRE team.").build();
    r.doc.pitch.thirty_second = RichBuilder().plain("I ").fact("Cut p99 latency by 38%").plain(" and I want to do it again at Amazon.").build();
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
             r.doc.plan.days_30.focus = {{{"Rehearse the bridge script out loud twice.", SpanKind::Plain}}};
         }},
        {"fact", [](GenerateResult& r) { r.doc.fit.priority = {{"Led design reviews for 80 engineers", SpanKind::Fact}}; }},
        {"anchor", [](GenerateResult& r) { r.doc.stories[0].anchor = "p9b9"; }},
        {"anchor_shared", [](GenerateResult& r) { r.doc.stories.push_back(r.doc.stories[0]); }},
        {"second_person", [](GenerateResult& r) { r.doc.pitch.why_role = {{"It fits your background.", SpanKind::Plain}}; }},
    };
    for (const auto& seed : seeds) {
        GenerateResult r = clean_result();
        seed.apply(r);
        INFO("seeded rule: " << seed.rule);
        CHECK(has_rule(lint_playbook(r), seed.rule));
    }
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
