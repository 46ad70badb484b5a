// The order compose runs its writers in is declared in code (compose_steps):
// every part a writer reads is written by a writer before it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "analyze/analysis.h"
#include "analyze/analyze.h"
#include "compose/compose.h"
#include "compose/fit_summary.h"
#include "compose_cases.h"
#include "test_support.h"

using namespace ip;

namespace {

size_t position_of(ComposedPart part) {
    const auto& steps = compose_steps();
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].writes == part) return i;
    return steps.size();
}

}  // namespace

TEST_CASE("compose: each writer runs after the writers of what it reads") {
    const auto& steps = compose_steps();
    std::set<ComposedPart> written;
    for (const ComposeStep& step : steps) {
        CHECK(step.run != nullptr);
        for (ComposedPart read : step.reads) {
            INFO("step " << static_cast<int>(step.writes) << " reads " << static_cast<int>(read));
            CHECK(written.count(read) == 1);
        }
        CHECK(written.insert(step.writes).second);  // one writer per part
    }
    CHECK(written.size() == static_cast<size_t>(ComposedPart::Priority) + 1);  // every part has its writer
}

TEST_CASE("compose: questions point at stories, the cheat sheet quotes what came before it") {
    CHECK(position_of(ComposedPart::Stories) < position_of(ComposedPart::Questions));
    const ComposeStep& cheat = compose_steps()[position_of(ComposedPart::CheatSheet)];
    for (ComposedPart p : {ComposedPart::Pitch, ComposedPart::Stories, ComposedPart::Questions,
                           ComposedPart::GapScripts, ComposedPart::QuestionsToAsk})
        CHECK(std::find(cheat.reads.begin(), cheat.reads.end(), p) != cheat.reads.end());
}

TEST_CASE("analysis gives facts, no prose of sections 2-3: compose writes it through the document's writer") {
    const GenerateResult& r = test::seed_playbook();
    REQUIRE(r.ok);
    const Knowledge& kb = test::knowledge();
    Playbook doc;
    doc.generated = r.doc.generated;
    doc.candidate = r.doc.candidate;
    doc.job = r.doc.job;
    const Analysis a = build_analysis(kb, doc);
    const ScoreFacts score = analyze_fit(kb, a, doc);
    CHECK(doc.fit.score == r.doc.fit.score);
    CHECK(doc.fit.label.empty());  // analysis gives the band; compose names it
    CHECK(score.band == FitBand::StrongMatch);
    CHECK(doc.fit.rationale.skills.empty());
    CHECK(doc.fit.rationale.experience.empty());
    CHECK(doc.fit.rationale.culture.empty());
    CHECK(doc.fit.strengths.empty());
    CHECK(doc.fit.gaps.empty());
    CHECK(doc.fit.requirements.empty());
    CHECK(doc.fit.summary.empty());
    CHECK(doc.decode.empty());
    CHECK(doc.hidden_priorities.empty());
    CHECK(doc.mistakes.empty());
    ProseWriter ph(kb);
    compose_playbook(kb, "", a, score, doc, ph);
    REQUIRE(doc.fit.strengths.size() == r.doc.fit.strengths.size());
    REQUIRE(!doc.fit.strengths.empty());
    CHECK(rich_to_plain(doc.fit.strengths[0].body) == rich_to_plain(r.doc.fit.strengths[0].body));
    CHECK(rich_to_plain(doc.fit.summary) == rich_to_plain(r.doc.fit.summary));
    CHECK(doc.fit.label == "Strong match");
    CHECK(rich_to_plain(doc.fit.rationale.experience) == rich_to_plain(r.doc.fit.rationale.experience));
    CHECK(doc.decode.size() == r.doc.decode.size());
    CHECK(ph.problems().empty());
}

TEST_CASE("compose: every fit band has its label in the phrasing") {
    const Knowledge& kb = test::knowledge();
    for (const EnumName<FitBand>& band : enum_names(FitBand{})) {
        INFO(band.name);
        CHECK(kb.phrases("fit.label." + std::string(band.name)).size() == 1);
    }
    Playbook doc;
    ProseWriter ph(kb);
    CHECK(fit_label(doc, FitBand::LongShot, ph) == "Long shot");
    CHECK(fit_label(doc, FitBand::PartialMatch, ph) == "Partial match");
    CHECK(ph.problems().empty());
}
