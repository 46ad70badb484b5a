// Bridge scripts for the gaps, the 4-step recovery, and curveballs.
#include <catch2/catch.hpp>
#include <set>

#include "analyze/analysis.h"
#include "compose/bridge_script.h"
#include "compose_cases.h"
#include "core/text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

TEST_CASE("gap scripts: one per gap, with the candidate's own evidence and blanks") {
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const Playbook& d = r.doc;
    REQUIRE(!d.fit.gaps.empty());
    REQUIRE(d.gap_scripts.size() == d.fit.gaps.size());
    for (size_t i = 0; i < d.gap_scripts.size(); ++i) {
        const GapScript& g = d.gap_scripts[i];
        INFO(g.title << ": " << rich_to_plain(g.script));
        CHECK(g.requirement == d.fit.gaps[i].requirement);
        CHECK(g.title == d.fit.gaps[i].title);
        CHECK(!spans_of(g.script, SpanKind::Fill).empty());
        // Every quoted fact is a resume line: the evidence is the candidate's own.
        const std::string facts = spans_of(g.script, SpanKind::Fact);
        CHECK(!facts.empty());
        for (const auto& f : g.script)
            if (f.kind == SpanKind::Fact) CHECK((in_some_bullet(d, f.text) || contains(r.sources.resume, f.text)));
        CHECK(g.verify.size() >= 2);
        CHECK(!rich_to_plain(g.why_probe).empty());
    }
}

TEST_CASE("gap scripts: a values gap maps the candidate's work to the company's values") {
    // Built directly on the JD's Leadership Principles line, whatever rank the analysis gives it.
    const auto& r = seed_playbook();
    REQUIRE(r.ok);
    const Knowledge& kb = knowledge();
    const Analysis a = build_analysis(kb, r.doc);
    const RequirementAssessment* values_line = nullptr;
    for (const auto& ra : a.requirements)
        if (icontains(ra.requirement->text, "Leadership Principles")) values_line = &ra;
    REQUIRE(values_line);
    REQUIRE(values_line->requirement->competency == "values");
    ProseWriter ph(kb);
    const BridgeScript bridge = build_bridge(kb, r.doc, a, *values_line, ph, seed_for(Purpose::GapScripts, {"test"}));
    const Rich script = bridge.script();
    INFO(rich_to_plain(script));
    CHECK(icontains(rich_to_plain(script), "Leadership Principles"));
    std::set<std::string> named;
    for (const auto& s : script)
        if (s.kind == SpanKind::Strong)
            for (const auto& v : a.company->values)
                if (s.text == v.name) named.insert(s.text);
    CHECK(!named.empty());
    // Quoted words are resume lines or the employers they come from.
    std::set<std::string> employers;
    for (const auto& p : r.doc.candidate.positions) employers.insert(p.company);
    for (const auto& s : script)
        if (s.kind == SpanKind::Fact) CHECK((in_some_bullet(r.doc, s.text) || employers.count(s.text) > 0));
    CHECK(!spans_of(script, SpanKind::Fill).empty());
}

TEST_CASE("recovery steps and curveballs") {
    const auto& r = product_playbook();
    REQUIRE(r.ok);
    REQUIRE(r.doc.recovery_steps.size() == 4);
    CHECK(starts_with(r.doc.recovery_steps[0], "Pause"));
    CHECK(starts_with(r.doc.recovery_steps[1], "Acknowledge"));
    CHECK(starts_with(r.doc.recovery_steps[2], "Reason"));
    CHECK(starts_with(r.doc.recovery_steps[3], "Anchor"));

    // A product manager gets the product family's own curveballs first.
    REQUIRE(r.doc.curveballs.size() == 3);
    std::set<std::string> product_questions, seen;
    for (const auto& c : knowledge().curveballs)
        for (const auto& f : c.families)
            if (f == "product") product_questions.insert(c.question);
    const size_t expected_own = std::min<size_t>(3, product_questions.size());
    size_t own = 0;
    for (const auto& c : r.doc.curveballs) {
        CHECK(seen.insert(c.question).second);
        CHECK(!c.framework.empty());
        own += product_questions.count(c.question);
    }
    CHECK(own == expected_own);
}
