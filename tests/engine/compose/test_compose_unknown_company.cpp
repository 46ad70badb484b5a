// Issue 17: a company the knowledge base does not know gets no corporate values
// and no "the company lists Customer Focus among its values" filler. What the
// posting itself says about its mission or values is quoted, marked as the
// posting's words; otherwise the playbook says what to look up.
#include <catch2/catch.hpp>

#include <string>

#include "compose_cases.h"
#include "core/text.h"
#include "model/document_json.h"
#include "test_support.h"

using namespace ip;

namespace {

const char* kPostingWithValues =
    "Operations Manager\n"
    "Company: Acme Holdings, Inc.\n"
    "Location: Denver, CO\n\n"
    "About us\n"
    "Acme builds water treatment equipment for small towns. Our mission is to make clean water affordable for every "
    "town. Our values are candor, craft and care.\n\n"
    "Responsibilities\n"
    "- Run daily operations for two assembly plants and their shift supervisors\n"
    "- Own safety, quality and on-time delivery metrics and report them weekly\n"
    "- Lead continuous improvement projects with engineering and purchasing\n\n"
    "Requirements\n"
    "- 5+ years of operations management experience in manufacturing\n"
    "- Experience with lean manufacturing and root cause analysis\n"
    "- Strong communication skills with frontline teams and executives\n";

const char* kPostingWithoutValues =
    "Operations Manager\n"
    "Company: Acme Holdings, Inc.\n"
    "Location: Denver, CO\n\n"
    "About us\n"
    "Acme builds water treatment equipment for small towns across the Mountain West.\n\n"
    "Responsibilities\n"
    "- Run daily operations for two assembly plants and their shift supervisors\n"
    "- Own safety, quality and on-time delivery metrics and report them weekly\n"
    "- Lead continuous improvement projects with engineering and purchasing\n\n"
    "Requirements\n"
    "- 5+ years of operations management experience in manufacturing\n"
    "- Experience with lean manufacturing and root cause analysis\n"
    "- Strong communication skills with frontline teams and executives\n";

GenerateResult generate_for(const char* posting) {
    Inputs in;
    in.resume = test::read_fixture("resumes/kevin-park.txt");
    in.resume_filename = "kevin-park.txt";
    in.job = posting;
    in.job_filename = "job.txt";
    in.today = "2026-11-26";
    return generate_playbook(test::knowledge(), in);
}

const GenerateResult& with_values() {
    static const GenerateResult r = generate_for(kPostingWithValues);
    return r;
}

const GenerateResult& without_values() {
    static const GenerateResult r = generate_for(kPostingWithoutValues);
    return r;
}

// Everything the playbook says, as one string.
std::string all_text(const GenerateResult& r) { return playbook_to_json(r.doc, 0); }

// No value of the generic profile (what most employers look for) is presented as the company's.
void check_no_invented_values(const GenerateResult& r) {
    const std::string text = all_text(r);
    CHECK(r.doc.company.values.empty());
    CHECK(r.doc.story_template.values.empty());
    for (const auto& s : r.doc.stories) CHECK(s.values.empty());
    for (const CompanyDef& c : test::knowledge().companies)
        if (c.generic)
            for (const ValueDef& v : c.values) {
                INFO(v.name);
                CHECK_FALSE(contains(text, "\"" + v.name + "\""));          // no list item, chip or tag
                CHECK_FALSE(contains(text, v.name + " among its values"));  // no filler about it
                CHECK_FALSE(contains(text, "Shows: " + v.name));
            }
    CHECK_FALSE(contains(text, "among its values"));
}

const TitledRich* company_priority(const Playbook& doc) {
    for (const auto& h : doc.hidden_priorities)
        if (h.source == "company") return &h;
    return nullptr;
}

}  // namespace

TEST_CASE("an unknown company's spoken name drops its legal form, Holdings included") {
    REQUIRE(with_values().ok);
    CHECK(with_values().doc.job.company == std::string("Acme"));
    CHECK(with_values().doc.company.known == false);
}

TEST_CASE("a posting that states its values: they are quoted as its own words, and no values are invented") {
    const GenerateResult& r = with_values();
    REQUIRE(r.ok);
    CHECK(r.template_problems.empty());
    check_no_invented_values(r);
    const TitledRich* h = company_priority(r.doc);
    REQUIRE(h != nullptr);
    // The posting's sentences, verbatim, in quotes, marked as text from the user's documents.
    const std::string quoted = test::spans_of(h->body, SpanKind::Fact);
    CHECK(contains(quoted, "\u201cOur mission is to make clean water affordable for every town\u201d"));
    CHECK(contains(quoted, "\u201cOur values are candor, craft and care\u201d"));
    CHECK(contains(rich_to_plain(h->body), "careers pages"));  // and what to look up
    bool own_words = false;
    for (const auto& line : r.doc.cheat_sheet.company_facts)
        own_words = own_words || contains(rich_to_plain(line), "Our mission is to make clean water affordable");
    CHECK(own_words);
}

TEST_CASE("a posting that states no values: the playbook says what to look up and quotes nothing") {
    const GenerateResult& r = without_values();
    REQUIRE(r.ok);
    CHECK(r.template_problems.empty());
    check_no_invented_values(r);
    const TitledRich* h = company_priority(r.doc);
    REQUIRE(h != nullptr);
    CHECK(test::spans_of(h->body, SpanKind::Fact).empty());
    const std::string body = rich_to_plain(h->body);
    CHECK(contains(body, "no profile of Acme"));
    CHECK(contains(body, "careers page"));
    CHECK_FALSE(contains(body, "\u201c"));
}
