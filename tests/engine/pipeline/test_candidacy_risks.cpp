// Candidacy risks: what a recruiter raises about a match before any skill is
// tested, each found from the two documents with its evidence and a short
// script, serious ones before the prep paths, none phrased as a fault and
// none in what is printed for the interviewer. Fixtures: tests/fixtures/risks
// (fictional people and employers, one edge each).
#include <catch2/catch.hpp>
#include <string>

#include "core/text.h"
#include "model/document_json.h"
#include "render/render.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

constexpr const char* kToday = "2026-12-07";

GenerateResult run_text(const std::string& resume, const std::string& job, const std::string& today = kToday) {
    Inputs in;
    in.resume = resume;
    in.resume_filename = "resume.txt";
    in.job = job;
    in.job_filename = "job.txt";
    in.today = today;
    GenerateResult r = generate_playbook(knowledge(), in);
    INFO(r.error);
    REQUIRE(r.ok);
    CHECK(r.template_problems.empty());
    return r;
}

GenerateResult run(const std::string& resume, const std::string& job, const std::string& today = kToday) {
    return run_text(read_fixture("risks/" + resume), read_fixture("risks/" + job), today);
}

const CandidacyRisk* risk_of(const Playbook& d, RiskKind kind) {
    for (const auto& r : d.fit.risks)
        if (r.kind == kind) return &r;
    return nullptr;
}

std::string facts_of(const CandidacyRisk& r) {
    std::string out;
    for (const Span& s : r.facts)
        if (s.kind == SpanKind::Fact) out += s.text + "\n";
    return out;
}

bool has_fill(const Rich& r) {
    for (const Span& s : r)
        if (s.kind == SpanKind::Fill) return true;
    return false;
}

// What every risk must be, whatever its kind.
void check_risk_shape(const GenerateResult& g) {
    const Playbook& d = g.doc;
    const std::string handout = render_handout_html(d);
    bool serious_seen = false, light_seen = false;
    for (const auto& r : d.fit.risks) {
        INFO(r.title);
        CHECK_FALSE(r.title.empty());
        CHECK_FALSE(rich_to_plain(r.facts).empty());
        CHECK(has_fill(r.script));  // the candidate's own reason, never made up
        // Serious ones come first.
        if (r.serious) CHECK_FALSE(light_seen);
        serious_seen = serious_seen || r.serious;
        light_seen = light_seen || !r.serious;
        // Quotes are verbatim from the documents.
        for (const Span& s : r.facts)
            if (s.kind == SpanKind::Fact) {
                const std::string t = fold_whitespace(s.text);
                CHECK((fold_whitespace(g.sources.resume).find(t) != std::string::npos ||
                       fold_whitespace(g.sources.job).find(t) != std::string::npos));
            }
        // Evidence ids resolve.
        for (const std::string& id : r.evidence) {
            INFO(id);
            bool found = false;
            for (size_t i = 0; i < d.candidate.positions.size(); ++i) found = found || id == title_evidence_id(i);
            for (size_t i = 0; i < d.candidate.education.size(); ++i)
                found = found || id == "education" + std::to_string(i);
            for (size_t i = 0; i < d.candidate.certifications.size(); ++i)
                found = found || id == certification_evidence_id(i);
            for (const auto& q : d.job.requirements) found = found || id == q.id;
            CHECK(found);
        }
        // Things to prepare, not faults.
        const std::string all = to_lower(rich_to_plain(r.facts) + " " + rich_to_plain(r.script) + " " + r.title);
        for (const char* hurt : {"weakness", "red flag", "problem", "lack", "unqualified", "too old", "fault"})
            CHECK(all.find(hurt) == std::string::npos);
        // Nothing printed for the interviewer names a risk.
        CHECK(handout.find(r.title) == std::string::npos);
    }
    // Serious risks lead the prep priority and the 30-minute path.
    if (serious_seen) {
        CHECK(rich_to_plain(d.fit.priority).find(d.fit.risks.front().title) != std::string::npos);
        bool in_path = false;
        for (const auto& step : d.fit.path_30_minutes) in_path = in_path || contains(step, d.fit.risks.front().title);
        CHECK(in_path);
        const std::string md = render_markdown(d);
        const size_t first = md.find("Prepare first");
        REQUIRE(first != std::string::npos);
        CHECK(first < md.find("If you have 30 minutes"));
        CHECK(md.find("### Candidacy risks to prepare for") != std::string::npos);
    }
}

}  // namespace

TEST_CASE("candidacy risks: a Staff designer for a mid-level role is a level risk and a pay step down") {
    const GenerateResult g = run("staff-designer.txt", "design-mid.txt");
    const Playbook& d = g.doc;
    const CandidacyRisk* level = risk_of(d, RiskKind::LevelAbove);
    REQUIRE(level != nullptr);
    CHECK(level->serious);
    CHECK(contains(facts_of(*level), "Staff Product Designer"));
    CHECK(level->evidence == std::vector<std::string>{"position0"});
    const CandidacyRisk* pay = risk_of(d, RiskKind::PayStepDown);
    REQUIRE(pay != nullptr);
    CHECK(pay->serious);
    CHECK(contains(facts_of(*pay), "$95,000 - $115,000"));
    // The level risk says it; a second "overqualified" would say it twice.
    CHECK(risk_of(d, RiskKind::Overqualified) == nullptr);
    CHECK(risk_of(d, RiskKind::Location) == nullptr);  // Portland to Portland
    check_risk_shape(g);
    const std::string json = playbook_to_json(d);
    CHECK(contains(json, "\"kind\": \"level_above\""));
    CHECK(contains(json, "\"kind\": \"pay_step_down\""));
    const std::string html = render_html_report(d);
    CHECK(contains(html, "Candidacy risks to prepare for"));
}

TEST_CASE("candidacy risks: a programme for internationally educated nurses and a US-educated, US-licensed NP") {
    const GenerateResult g = run("us-nurse-practitioner.txt", "ien-programme.txt");
    const CandidacyRisk* r = risk_of(g.doc, RiskKind::Eligibility);
    REQUIRE(r != nullptr);
    CHECK(r->serious);
    CHECK(contains(facts_of(*r), "internationally educated"));
    bool domestic = false;
    for (const auto& id : r->evidence) domestic = domestic || starts_with(id, "education") || starts_with(id, "cert");
    CHECK(domestic);
    check_risk_shape(g);

    // The edge: a nurse educated abroad is who the programme is for.
    std::string abroad = read_fixture("risks/us-nurse-practitioner.txt");
    abroad = replace_all(abroad, "Houston, TX | dana", "Lagos, Nigeria | dana");
    abroad = replace_all(abroad, "University of Texas Health Science Center", "University of Lagos, Nigeria");
    abroad = replace_all(abroad, "Texas Woman's University", "University of Ibadan, Nigeria");
    abroad = replace_all(abroad, "Texas APRN License\n", "");
    abroad = replace_all(abroad, "Registered Nurse License, Texas Board of Nursing\n", "");
    const GenerateResult other = run_text(abroad, read_fixture("risks/ien-programme.txt"));
    CHECK(risk_of(other.doc, RiskKind::Eligibility) == nullptr);
}

TEST_CASE("candidacy risks: a new-graduate residency and a nurse with years of practice") {
    const GenerateResult g = run("experienced-rn.txt", "new-grad-residency.txt");
    const CandidacyRisk* r = risk_of(g.doc, RiskKind::Eligibility);
    REQUIRE(r != nullptr);
    CHECK(r->serious);
    CHECK(contains(rich_to_plain(r->facts), "years of professional work"));
    check_risk_shape(g);
}

TEST_CASE("candidacy risks: a candidate abroad for an on-site US job, nine months into the current one") {
    const GenerateResult g = run("bengaluru-engineer.txt", "seattle-backend-onsite.txt");
    const CandidacyRisk* where = risk_of(g.doc, RiskKind::Location);
    REQUIRE(where != nullptr);
    CHECK(where->serious);
    CHECK(contains(facts_of(*where), "Bengaluru, India"));
    const CandidacyRisk* tenure = risk_of(g.doc, RiskKind::ShortTenure);
    REQUIRE(tenure != nullptr);
    CHECK(contains(rich_to_plain(tenure->facts), "9 months"));
    CHECK(tenure->evidence == std::vector<std::string>{"position0"});
    // Continuous dates: no gap.
    CHECK(risk_of(g.doc, RiskKind::EmploymentGap) == nullptr);
    check_risk_shape(g);

    // A remote job in the US is still a question, a lighter one.
    const GenerateResult remote = run("bengaluru-engineer.txt", "seattle-backend-remote.txt");
    const CandidacyRisk* r = risk_of(remote.doc, RiskKind::Location);
    REQUIRE(r != nullptr);
    CHECK_FALSE(r->serious);
    // Thirteen months in: no longer a short tenure.
    const GenerateResult later = run("bengaluru-engineer.txt", "seattle-backend-onsite.txt", "2027-04-07");
    CHECK(risk_of(later.doc, RiskKind::ShortTenure) == nullptr);
}

TEST_CASE("candidacy risks: time between roles, a named sabbatical, and between roles now") {
    const GenerateResult gap = run("gap-analyst.txt", "data-analyst-denver.txt");
    const CandidacyRisk* r = risk_of(gap.doc, RiskKind::EmploymentGap);
    REQUIRE(r != nullptr);
    CHECK(r->serious);  // 20 months
    const std::string said = rich_to_plain(r->facts);
    CHECK(contains(said, "20 months"));
    CHECK(contains(said, "July 2019"));
    CHECK(contains(said, "February 2021"));
    CHECK(r->evidence.size() == 2);
    check_risk_shape(gap);

    const GenerateResult sabbatical = run("sabbatical-analyst.txt", "data-analyst-denver.txt");
    REQUIRE(sabbatical.doc.candidate.career_breaks.size() == 1);
    CHECK(sabbatical.doc.candidate.career_breaks[0].start == std::optional<std::string>("2023-01"));
    CHECK(sabbatical.doc.candidate.career_breaks[0].end == std::optional<std::string>("2023-12"));
    CHECK(sabbatical.doc.candidate.positions.size() == 2);  // the break is not a role
    const CandidacyRisk* b = risk_of(sabbatical.doc, RiskKind::EmploymentGap);
    REQUIRE(b != nullptr);
    CHECK_FALSE(b->serious);  // the resume already explains it
    CHECK(contains(facts_of(*b), "Sabbatical: travel and family care"));
    check_risk_shape(sabbatical);

    std::string ended = read_fixture("risks/gap-analyst.txt");
    ended = replace_all(ended, "Mar 2021 \u2013 Present", "Mar 2021 \u2013 Oct 2025");
    const GenerateResult now = run_text(ended, read_fixture("risks/data-analyst-denver.txt"));
    const CandidacyRisk* n = risk_of(now.doc, RiskKind::EmploymentGap);
    REQUIRE(n != nullptr);
    CHECK(n->serious);
    CHECK(contains(rich_to_plain(n->facts), "October 2025"));
    CHECK(contains(rich_to_plain(n->facts), "13 months"));
}

TEST_CASE("candidacy risks: a teacher moving into data analysis is a career change") {
    const GenerateResult g = run("teacher-to-analyst.txt", "data-analyst-denver.txt");
    const CandidacyRisk* r = risk_of(g.doc, RiskKind::CareerChange);
    REQUIRE(r != nullptr);
    CHECK(contains(facts_of(*r), "High School Math Teacher"));
    check_risk_shape(g);
    // The same field is no change.
    const GenerateResult same = run("gap-analyst.txt", "data-analyst-denver.txt");
    CHECK(risk_of(same.doc, RiskKind::CareerChange) == nullptr);
}

TEST_CASE("candidacy risks: a junior engineer for a senior role is a level risk below") {
    const GenerateResult g = run("junior-engineer.txt", "senior-engineer-austin.txt");
    const CandidacyRisk* r = risk_of(g.doc, RiskKind::LevelBelow);
    REQUIRE(r != nullptr);
    CHECK(r->serious);
    CHECK(risk_of(g.doc, RiskKind::LevelAbove) == nullptr);
    check_risk_shape(g);
}

TEST_CASE("candidacy risks: twenty-two years against a two-to-four-year range is overqualification") {
    const GenerateResult g = run("veteran-accountant.txt", "accountant-columbus.txt");
    const CandidacyRisk* r = risk_of(g.doc, RiskKind::Overqualified);
    REQUIRE(r != nullptr);
    CHECK(r->serious);
    CHECK(contains(facts_of(*r), "2-4 years of accounting experience"));
    CHECK(r->evidence.back() == g.doc.job.requirements[2].id);
    check_risk_shape(g);
    // A minimum is a floor, not a ceiling: "2+ years" caps nothing.
    const std::string floor_only = replace_all(read_fixture("risks/accountant-columbus.txt"), "2-4 years of",
                                               "2+ years of");
    const GenerateResult floor = run_text(read_fixture("risks/veteran-accountant.txt"), floor_only);
    CHECK(risk_of(floor.doc, RiskKind::Overqualified) == nullptr);
    // A bar the candidate meets without towering over it raises nothing.
    const GenerateResult fits = run("gap-analyst.txt", "data-analyst-denver.txt");
    CHECK(risk_of(fits.doc, RiskKind::Overqualified) == nullptr);
    CHECK(risk_of(fits.doc, RiskKind::LevelBelow) == nullptr);
}

TEST_CASE("candidacy risks: risks never move the score") {
    const GenerateResult g = run("bengaluru-engineer.txt", "seattle-backend-onsite.txt");
    const GenerateResult later = run("bengaluru-engineer.txt", "seattle-backend-onsite.txt", "2027-04-07");
    REQUIRE(risk_of(g.doc, RiskKind::ShortTenure) != nullptr);
    REQUIRE(risk_of(later.doc, RiskKind::ShortTenure) == nullptr);
    CHECK(g.doc.fit.subscores.skills == later.doc.fit.subscores.skills);
    CHECK(g.doc.fit.subscores.culture == later.doc.fit.subscores.culture);
}
