// The example case from the product brief: a senior engineer against Amazon's
// SDE II posting. The paid report found a strong match in the 80s, strengths
// in distributed-systems scale, technical leadership with mentoring, and
// customer-focused operational excellence, and gaps in algorithms depth,
// cross-team leadership and explicit Leadership Principles alignment. The
// engine must find the same by analysis.
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "core/text.h"
#include "test_support.h"

using namespace ip;

namespace {

const GenerateResult& seed() {
    static const GenerateResult r = test::generate_fixture("seed-case/resume.txt", "seed-case/job.txt");
    return r;
}

bool any_title_mentions(const std::vector<std::string>& titles, std::initializer_list<const char*> words) {
    for (const auto& t : titles)
        for (const char* w : words)
            if (icontains(t, w)) return true;
    return false;
}

}  // namespace

TEST_CASE("seed case: a strong match in the 80s") {
    const auto& r = seed();
    INFO(r.error);
    REQUIRE(r.ok);
    const Fit& f = r.doc.fit;
    CHECK(f.score >= 80);
    CHECK(f.score <= 89);
    CHECK(f.label == "Strong match");
    // Culture is the share of Amazon's values the bullets show, the count its
    // sentence cites (docs/scoring.md); the paid report's lower culture score
    // came with no count behind it.
    REQUIRE(f.basis.culture.values == 16);
    CHECK(f.subscores.culture == static_cast<int>(std::lround(100.0 * f.basis.culture.shown / 16)));
    CHECK(f.subscores.experience >= 75);
    CHECK(r.doc.company.known);
    CHECK(r.doc.company.name == "Amazon");
}

TEST_CASE("seed case: strengths are scale, leadership with mentoring, operational excellence") {
    const auto& r = seed();
    REQUIRE(r.ok);
    std::vector<std::string> titles, bodies;
    for (const auto& s : r.doc.fit.strengths) {
        titles.push_back(s.title);
        bodies.push_back(rich_to_plain(s.body));
    }
    REQUIRE(titles.size() == 3);
    CAPTURE(titles);
    // Each strength rests on the bullet that proves it.
    CHECK(any_title_mentions(bodies, {"500K+ requests/second"}));
    CHECK(any_title_mentions(bodies, {"mentored 3 junior engineers"}));
    CHECK(any_title_mentions(bodies, {"MTTD from 14 minutes to 4 minutes", "customer-facing errors by 62%"}));
    CHECK(any_title_mentions(titles, {"scale"}));
    CHECK(any_title_mentions(titles, {"mentor", "grows people", "leadership"}));
    CHECK(any_title_mentions(titles, {"operational", "operations", "production", "customer"}));
}

TEST_CASE("seed case: gaps are algorithms depth, cross-team leadership, Leadership Principles") {
    const auto& r = seed();
    REQUIRE(r.ok);
    std::vector<std::string> titles;
    for (const auto& g : r.doc.fit.gaps) titles.push_back(g.title);
    CAPTURE(titles);
    REQUIRE(titles.size() == 3);
    CHECK(any_title_mentions(titles, {"algorithm", "data structure"}));
    CHECK(any_title_mentions(titles, {"cross-team", "multiple teams"}));
    CHECK(any_title_mentions(titles, {"Leadership Principles"}));
}

TEST_CASE("seed case: every evidence id resolves inside the document") {
    const auto& r = seed();
    REQUIRE(r.ok);
    std::set<std::string> ids{"skills-section", "summary"};
    for (const auto& p : r.doc.candidate.positions)
        for (const auto& b : p.bullets) ids.insert(b.id);
    for (size_t i = 0; i < r.doc.candidate.education.size(); ++i) ids.insert("education" + std::to_string(i));
    for (const auto& q : r.doc.job.requirements) ids.insert(q.id);
    for (const auto& f : r.doc.fit.requirements) {
        CHECK(ids.count(f.id));
        for (const auto& e : f.evidence) CHECK(ids.count(e));
    }
    for (const auto& s : r.doc.fit.strengths)
        for (const auto& e : s.evidence) CHECK(ids.count(e));
    for (const auto& g : r.doc.fit.gaps) CHECK(ids.count(g.requirement));
    for (const auto& d : r.doc.decode) CHECK(ids.count(d.said));
}

TEST_CASE("seed case: the pitch says the resume's own total, not the dates' count") {
    // The summary says "7 years of experience"; the dates (Jul 2017 to today)
    // merge to more. The candidate will say 7, so the playbook does.
    const auto& r = seed();
    REQUIRE(r.ok);
    CHECK(r.doc.candidate.years_stated == std::string("7 years"));
    const std::string pitch = rich_to_plain(r.doc.pitch.thirty_second);
    CAPTURE(pitch);
    CHECK(contains(pitch, "with 7 years of experience"));
    bool stated_is_fact = false;
    for (const Span& s : r.doc.pitch.thirty_second)
        stated_is_fact = stated_is_fact || (s.text == "7 years" && s.kind == SpanKind::Fact);
    CHECK(stated_is_fact);
}

TEST_CASE("seed case: a typed legal entity is spoken as the company") {
    Inputs in;
    in.resume = test::read_fixture("seed-case/resume.txt");
    in.resume_filename = "resume.txt";
    in.job = test::read_fixture("seed-case/job.txt");
    in.job_filename = "job.txt";
    in.company = "Amazon Corporate LLC";
    in.today = "2026-11-26";
    const GenerateResult r = generate_playbook(test::knowledge(), in);
    REQUIRE(r.ok);
    CHECK(r.doc.job.company == std::string("Amazon"));
    CHECK(r.doc.job.company_legal == std::string("Amazon Corporate LLC"));
    CHECK(r.doc.company.name == "Amazon");
    const std::string pitch = rich_to_plain(r.doc.pitch.thirty_second);
    CAPTURE(pitch);
    CHECK_FALSE(contains(pitch, "LLC"));
    CHECK(contains(pitch, "Amazon's next"));
}
