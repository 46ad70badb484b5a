// Scores you can defend: every sub-score is the formula of docs/scoring.md
// applied to the counts in fit.basis, with the weights of
// assets/scoring.json, and its sentence cites those same counts, so a
// sentence can never contradict its number ("13 of 16 values" beside 65).
#include <catch2/catch.hpp>
#include <regex>
#include <string>

#include "analyze/score_formula.h"
#include "corpus_playbooks.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

// Every "N of M" / "N of <name>'s M" / "N of those M" the sentence says, as (N, M); "None of
// the M" reads as (0, M).
std::vector<std::pair<int, int>> counts_said(const std::string& text) {
    std::vector<std::pair<int, int>> out;
    static const std::regex of(R"((\d+|None|none) of (?:the |its |those |[A-Z][\w&.\- ]*'s |the posting's )?(\d+))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), of); it != std::sregex_iterator(); ++it) {
        const std::string n = (*it)[1];
        out.push_back({n == "None" || n == "none" ? 0 : std::stoi(n), std::stoi((*it)[2])});
    }
    return out;
}

bool says(const std::vector<std::pair<int, int>>& said, int n, int m) {
    for (const auto& p : said)
        if (p.first == n && p.second == m) return true;
    return false;
}

}  // namespace

TEST_CASE("score consistency: every sub-score is its formula over the counts its sentence cites") {
    const ScoringTable& t = knowledge().scoring;
    size_t checked = 0;
    for (const CorpusCase& c : corpus_playbooks()) {
        INFO(c.name());
        REQUIRE(c.result.ok);
        const Fit& f = c.result.doc.fit;
        const ScoreBasis& b = f.basis;
        // The numbers are the formulas over the counts.
        CHECK(f.subscores.skills == skills_score(t, b.skills));
        CHECK(f.subscores.experience == experience_score(t, b.experience));
        CHECK(f.subscores.culture == culture_score(t, b.culture));
        CHECK(f.score == overall_score(t, f.subscores));
        // The label names the score's band (phrasing fit.label.<band>, one wording each).
        CHECK(f.label == knowledge().phrases("fit.label." + std::string(name_of(score_band(t, f.score).band))).front());
        // The counts are possible.
        CHECK(b.skills.covered + b.skills.partial <= b.skills.lines);
        CHECK(b.experience.duties_covered + b.experience.duties_partial <= b.experience.duties);
        CHECK(b.culture.shown <= b.culture.values);

        // The sentences cite the same counts.
        const std::string skills = rich_to_plain(f.rationale.skills);
        INFO(skills);
        const auto skills_said = counts_said(skills);
        if (b.skills.lines > 0) {
            if (b.skills.covered > 0) CHECK(says(skills_said, b.skills.covered, b.skills.lines));
            else if (b.skills.partial > 0)
                CHECK((says(skills_said, 0, b.skills.lines) || says(skills_said, b.skills.partial, b.skills.lines)));
            else CHECK(says(skills_said, 0, b.skills.lines));
            if (b.skills.partial > 0) CHECK(skills.find(std::to_string(b.skills.partial)) != std::string::npos);
            // Nothing else counted over the skill lines.
            for (const auto& [n, m] : skills_said)
                if (m == b.skills.lines) CHECK((n == b.skills.covered || n == b.skills.partial));
        }
        const std::string culture = rich_to_plain(f.rationale.culture);
        INFO(culture);
        CHECK(says(counts_said(culture), b.culture.shown, b.culture.values));
        const std::string experience = rich_to_plain(f.rationale.experience);
        INFO(experience);
        if (b.experience.duties > 0 && !c.result.doc.candidate.positions.empty())
            CHECK(says(counts_said(experience), b.experience.duties_covered, b.experience.duties));
        ++checked;
    }
    CHECK(checked >= 40);
}

TEST_CASE("score consistency: the culture sentence and number agree on the seed case") {
    // The case the issue named: values shown beside a number far below their share.
    const GenerateResult r = generate_fixture("resumes/seed-jordan-chen.txt", "jobs/seed-amazon-sde2.txt");
    REQUIRE(r.ok);
    const CultureBasis& c = r.doc.fit.basis.culture;
    REQUIRE(c.values == 16);
    const int share = static_cast<int>(100.0 * c.shown / c.values + 0.5);
    // The number is the floor plus the shown share, never below the share itself.
    CHECK(r.doc.fit.subscores.culture >= share);
    CHECK(rich_to_plain(r.doc.fit.rationale.culture).find(std::to_string(c.shown) + " of") != std::string::npos);
}

TEST_CASE("score bands: the table's bands run down to 0 and every score has one") {
    const ScoringTable& t = knowledge().scoring;
    REQUIRE_FALSE(t.bands.empty());
    CHECK(t.bands.back().min == 0);
    for (size_t i = 1; i < t.bands.size(); ++i) CHECK(t.bands[i].min < t.bands[i - 1].min);
    for (int s = 0; s <= 100; ++s) CHECK(score_band(t, s).min <= s);
    CHECK(score_band(t, t.bands.front().min).band == t.bands.front().band);
    CHECK(score_band(t, t.bands.front().min - 1).band == t.bands[1].band);
    CHECK(score_band(t, 0).band == FitBand::LongShot);
}
