// The Markdown export: every section, readable marks for drafts and blanks,
// and user text that cannot turn into markup.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "render/markdown_text.h"
#include "render/render.h"
#include "render/render_test_support.h"
#include "render/wording.h"

using namespace ip;

TEST_CASE("the Markdown export has all ten sections in order") {
    const std::string md = render_markdown(test::hostile_playbook());
    size_t last = 0;
    for (const auto& s : report_sections()) {
        const std::string heading = "\n## " + std::to_string(s.number) + ". " + s.title + "\n";
        const size_t at = md.find(heading);
        CAPTURE(heading);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
    CHECK(starts_with(md, "# Interview playbook: Renée Søndergaard-Okafor\n"));
}

TEST_CASE("Markdown marks drafts in italics and blanks as bracketed prompts") {
    const std::string md = render_markdown(test::hostile_playbook());
    CHECK(
        contains(md, "_The open question is whether you can translate payments rigour into clinical-data rigour_, so"));
    CHECK(contains(md, "[__which compliance audits have you supported?__]"));
    CHECK(contains(md,
                   "**Situation.** At Fjordline Payments, _duplicate card events were reaching the ledger during "
                   "broker failovers_. [__how often did duplicates appear before the redesign?__]"));
    CHECK(contains(md, "**Skills: 82 / 100**"));
    CHECK(contains(md, "- [ ] Add the duplicate rate before the redesign"));
    CHECK(contains(md, "### For the Values Interviewer"));
    CHECK(contains(md, "### Build your own story"));
    CHECK(contains(md, "**Values to aim at:** Patients First, Own the Outcome"));
    CHECK(contains(md, "**What the posting says about the team:** \u201cThe Clinical Data Platform team"));
}

TEST_CASE("Markdown carries the requirement table with status marks") {
    const std::string md = render_markdown(test::hostile_playbook());
    CHECK(contains(md, "| Requirement | Status | Your evidence |"));
    CHECK(contains(md,
                   "| Experience with HIPAA & SOC 2 \"audit-ready\" data controls | \u2717 Gap | Not on your resume: "
                   "[__which compliance audits have you supported?__] |"));
    CHECK(contains(md, "| Familiarity with FHIR or HL7 v2 \\<message\\> formats | \u2717 Gap | \u2014 |"));
}

TEST_CASE("hostile text in Markdown is escaped, never live markup") {
    const std::string md = render_markdown(test::hostile_playbook());
    // Apart from our own blockquote markers, every angle bracket in the file
    // is a backslash-escaped one from user text.
    for (size_t at = md.find_first_of("<>"); at != std::string::npos; at = md.find_first_of("<>", at + 1)) {
        if (md[at] == '>' && (at == 0 || md[at - 1] == '\n')) continue;
        CAPTURE(md.substr(at > 40 ? at - 40 : 0, 80));
        CHECK((at > 0 && md[at - 1] == '\\'));
    }
    CHECK(contains(md, "\\<script\\>alert(1)\\</script\\>"));
    CHECK(contains(md, "after a \\</style\\> injection broke 3 campaigns"));
    // In a table cell the pipes are escaped too.
    CHECK(contains(md, "\\*\\*not bold\\*\\* \\| pipe \\| test suite for \\`snake_case_name\\` fields"));
    CHECK(contains(md, "### 3. Sanitizer for the \\<Partner Portal\\>"));
    CHECK(contains(md, "properly \\]\\]\\> and ships"));
}

TEST_CASE("Markdown escaping touches only what Markdown would read") {
    CHECK(md_escape("snake_case stays") == "snake_case stays");
    CHECK(md_escape("_leading and trailing_") == "\\_leading and trailing\\_");
    CHECK(md_escape("R&D and &amp; and &#39; and & alone") == "R&D and \\&amp; and \\&#39; and & alone");
    CHECK(md_escape("a*b [c](d) <e> `f` ~g \\h") == "a\\*b \\[c\\](d) \\<e\\> \\`f\\` \\~g \\\\h");
    CHECK(md_escape("line\nbreak\ttab") == "line break tab");
    CHECK(md_line_start("# not a heading") == "\\# not a heading");
    CHECK(md_line_start("- not a list") == "\\- not a list");
    CHECK(md_line_start("2021. A year") == "2021\\. A year");
    CHECK(md_line_start("Plain") == "Plain");
    CHECK(md_cell("a | b") == "a \\| b");
    CHECK(rich_md(RichBuilder().plain("I ").strong("led").plain(" ").draft(" a team ").fill("how big?").build()) ==
          "I **led**  _a team_ [__how big?__]");
}

TEST_CASE("an empty document gives readable Markdown") {
    const std::string md = render_markdown(test::empty_playbook());
    CHECK(starts_with(md, "# Interview playbook\n"));
    CHECK(contains(md, "## 10. Interview-day cheat sheet"));
    CHECK(contains(md, "### \\[your name\\]"));
    CHECK_FALSE(contains(md, "null"));
    CHECK_FALSE(contains(md, "\n\n\n"));
}

TEST_CASE("the Markdown export is deterministic") {
    const Playbook doc = test::hostile_playbook();
    CHECK(render_markdown(doc) == render_markdown(doc));
}

TEST_CASE("one section as Markdown is that section of the whole export, and nothing else") {
    const Playbook doc = test::hostile_playbook();
    const std::string md = render_markdown(doc);
    std::string joined;
    for (const auto& s : report_sections()) {
        const std::string part = render_markdown_section(doc, s.number);
        CAPTURE(s.number);
        REQUIRE(starts_with(part, "## " + std::to_string(s.number) + ". " + s.title + "\n"));
        REQUIRE(contains(md, part));
        // Exactly one section heading in each part.
        size_t headings = 0;
        for (size_t at = part.find("\n## "); at != std::string::npos; at = part.find("\n## ", at + 1)) ++headings;
        CHECK(headings == 0);
        joined += part;
    }
    // Together the ten parts are everything after the contents.
    CHECK(md.size() - md.find("\n## 1. ") - 1 == joined.size());
    CHECK(render_markdown_section(doc, 0).empty());
    CHECK(render_markdown_section(doc, 11).empty());
}
