// The HTML report: all ten sections with their contents, provenance marks,
// the gauge and bars, the requirement table, the interviewer groups, and
// sensible output for an empty document.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "render/render.h"
#include "render/render_test_support.h"
#include "render/wording.h"

using namespace ip;

namespace {

size_t count_of(const std::string& haystack, const std::string& needle) {
    size_t count = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++count;
    return count;
}

// The slice of the page between one section's start and the next one's.
std::string section_html(const std::string& html, int number) {
    const std::string start = "<section class=\"chapter\" id=\"s" + std::to_string(number) + "\">";
    const size_t from = html.find(start);
    REQUIRE(from != std::string::npos);
    size_t to = html.find("<section class=\"chapter\"", from + start.size());
    if (to == std::string::npos) to = html.find("</main>", from);
    REQUIRE(to != std::string::npos);
    return html.substr(from, to - from);
}

// Visible text of a page body: tags and line breaks dropped, the common
// entities decoded.
std::string visible_text(const std::string& html) {
    std::string text;
    for (const auto& t : test::tokenize_html(html))
        if (!t.is_tag) text += t.text;
    text = replace_all(text, "\n", "");
    text = replace_all(text, "&lt;", "<");
    text = replace_all(text, "&gt;", ">");
    text = replace_all(text, "&quot;", "\"");
    text = replace_all(text, "&#39;", "'");
    return replace_all(text, "&amp;", "&");
}

}  // namespace

TEST_CASE("the report has all ten sections, in order, each linked from the contents") {
    const std::string html = render_html_report(test::hostile_playbook());
    size_t last = 0;
    for (const auto& s : report_sections()) {
        CAPTURE(s.number);
        const std::string id = "id=\"" + std::string(s.anchor) + "\"";
        const size_t at = html.find(id);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
        CHECK(contains(html, "href=\"#" + std::string(s.anchor) + "\""));
        CHECK(contains(html, "<h2>" + std::string(s.title) + "</h2>"));
    }
    CHECK(count_of(html, "<section class=\"chapter\"") == 10);
}

TEST_CASE("section 1 gives the assessment and both prep paths") {
    const Playbook doc = test::hostile_playbook();
    const std::string s1 = section_html(render_html_report(doc), 1);
    CHECK(contains(s1, "Fit score: <strong>78 / 100</strong> \u2014 Good match."));
    CHECK(contains(s1, "If you have 30 minutes"));
    CHECK(contains(s1, "If you have two hours"));
    for (const auto& step : doc.fit.path_30_minutes) CHECK(contains(s1, step));
    for (const auto& step : doc.fit.path_2_hours) CHECK(contains(s1, step));
}

TEST_CASE("section 2 draws the fit gauge and one bar per subscore, with rationale") {
    const std::string s2 = section_html(render_html_report(test::hostile_playbook()), 2);
    CHECK(contains(s2, "<svg class=\"gauge\""));
    CHECK(contains(s2, "aria-label=\"Fit score 78 out of 100\""));
    CHECK(contains(s2, "stroke-dasharray=\"78 100\""));
    CHECK(contains(s2, "style=\"width:82%\""));
    CHECK(contains(s2, "style=\"width:86%\""));
    CHECK(contains(s2, "style=\"width:61%\""));
    CHECK(contains(s2, "Healthcare standards such as <strong>FHIR</strong> are the missing piece."));
    CHECK(contains(s2, "Streaming at serious scale"));
    CHECK(contains(s2, "No stated HIPAA or SOC 2 work"));
    CHECK(contains(s2, "Section 7 has a script for this gap."));
    CHECK(contains(s2, "Your prep priority"));
}

TEST_CASE("scores outside 0-100 are clamped in the gauge and bars") {
    Playbook doc = test::hostile_playbook();
    doc.fit.score = 140;
    doc.fit.subscores.skills = -5;
    const std::string s2 = section_html(render_html_report(doc), 2);
    CHECK(contains(s2, "stroke-dasharray=\"100 100\""));
    CHECK(contains(s2, "style=\"width:0%\""));
}

TEST_CASE("section 3 decodes the job, profiles the company and marks focus values") {
    Playbook doc = test::hostile_playbook();
    std::string s3 = section_html(render_html_report(doc), 3);
    CHECK(contains(s3, "What they wrote"));
    CHECK(contains(s3, "What the posting says about the team"));
    CHECK(contains(s3, "<span class=\"fact\">The Clinical Data Platform team turns messy hospital feeds"));
    CHECK(contains(s3, "Lumora Health at a glance"));
    CHECK(count_of(s3, "class=\"chip focus\">\u2605 ") == 3);
    CHECK(contains(s3, "Interview process"));
    CHECK(contains(s3, "What makes this interview different"));
    CHECK(contains(s3, "What success looks like"));
    CHECK(contains(s3, "From company research"));
    CHECK(contains(s3, "Talking about cards, not patients"));
    CHECK_FALSE(contains(s3, "Generic profile"));
    // A decode row without a suggestion asks the user to fill it in.
    CHECK(contains(s3, "[how will you show this?]"));

    doc.company.known = false;
    s3 = section_html(render_html_report(doc), 3);
    CHECK(contains(s3, "<strong>Generic profile.</strong> There is no researched profile for Lumora Health yet"));
    CHECK(contains(s3, "What to expect from Lumora Health"));
}

TEST_CASE("section 4 has both pitches, the why answers and the tips") {
    const std::string s4 = section_html(render_html_report(test::hostile_playbook()), 4);
    CHECK(contains(s4, "Your 30-second pitch"));
    CHECK(contains(s4, "when spoken."));
    for (const char* beat : {"<td>Past</td>", "<td>Present</td>", "<td>Pivot</td>", "<td>Future</td>"})
        CHECK(contains(s4, beat));
    CHECK(contains(s4, "\u201cWhy this company?\u201d"));
    CHECK(contains(s4, "\u201cWhy this role?\u201d"));
    CHECK(contains(s4, "Slow down on the numbers"));
}

TEST_CASE("section 5 has a legend and one story card per story, with the three marks") {
    const Playbook doc = test::hostile_playbook();
    const std::string s5 = section_html(render_html_report(doc), 5);
    CHECK(contains(s5, "<span class=\"fact\">From your resume</span>"));
    CHECK(contains(s5, "<span class=\"draft\">Draft \u2014 check this</span>"));
    CHECK(contains(s5, "<span class=\"fill\">[You fill in]</span>"));
    CHECK(count_of(s5, "<article class=\"card story\"") == doc.stories.size());
    CHECK(contains(
        s5, "<span class=\"draft\">duplicate card events were reaching the ledger during broker failovers</span>"));
    CHECK(contains(s5, "<span class=\"fill\">[how often did duplicates appear before the redesign?]</span>"));
    CHECK(contains(s5, "<span class=\"fact\">Designed a streaming ingestion platform on Kafka and Flink"));
    CHECK(contains(s5, "Before you tell it"));
    CHECK(contains(s5, "Likely follow-up questions"));
    // Story 2 has no follow-ups and no checklist; its card must not show empty headings.
    const size_t card2 = s5.find("id=\"story-2\"");
    const std::string story2 = s5.substr(card2, s5.find("</article>", card2) - card2);
    CHECK_FALSE(contains(story2, "Likely follow-up questions"));
    CHECK_FALSE(contains(story2, "Before you tell it"));
}

TEST_CASE("section 5 ends with a blank story frame when the document has one") {
    Playbook doc = test::hostile_playbook();
    std::string s5 = section_html(render_html_report(doc), 5);
    CHECK(contains(s5, "<h4>Build your own story</h4>"));
    CHECK(contains(s5, "Values to aim at"));
    CHECK(count_of(s5, "<div class=\"write\"></div>") == doc.story_template.steps.size());
    doc.story_template = {};
    s5 = section_html(render_html_report(doc), 5);
    CHECK_FALSE(contains(s5, "Build your own story"));
}

TEST_CASE("a story part the engine left empty becomes a fill-in prompt") {
    Playbook doc = test::hostile_playbook();
    doc.stories[1].task.clear();
    const std::string s5 = section_html(render_html_report(doc), 5);
    CHECK(contains(s5, "<h5>Task</h5><p><span class=\"fill\">[what were you responsible for?]</span></p>"));
}

TEST_CASE("section 6 has one card per question, with the story it links to") {
    const Playbook doc = test::hostile_playbook();
    const std::string s6 = section_html(render_html_report(doc), 6);
    CHECK(count_of(s6, "<article class=\"card question\"") == doc.questions.size());
    CHECK(contains(s6, "The 6 questions most likely to come up"));
    CHECK(contains(s6, "By type: 1 coding, 1 system design, 2 behavioral, 1 operational, and 1 role-specific."));
    CHECK(contains(s6, "Your story for this: <a href=\"#story-1\">Story 1, Exactly-once at 1.2B events a day</a>"));
    CHECK(contains(s6, "What a great answer shows"));
    CHECK(contains(s6, "Red flags"));
    CHECK(contains(s6, "Practice prompt"));
}

TEST_CASE("section 7 joins the fit to the job's requirements, with a mark per status") {
    const Playbook doc = test::hostile_playbook();
    const std::string s7 = section_html(render_html_report(doc), 7);
    const size_t table_end = s7.find("</table>");
    const std::string table = s7.substr(0, table_end);
    CHECK(count_of(table, "<tr><td>") == doc.fit.requirements.size());
    CHECK(count_of(table, "status-covered\">\u2713 Covered") == 4);
    CHECK(count_of(table, "status-partial\">\u25D0 Partial") == 2);
    CHECK(count_of(table, "status-gap\">\u2717 Gap") == 2);
    // Requirement text comes from the job, evidence from the resume.
    CHECK(contains(table, "Expert SQL and Python; production experience with Kafka or Flink"));
    CHECK(contains(table, "Automated nightly ETL for a 12-café loyalty programme in Python"));
    CHECK(contains(table, "Listed in your skills section"));
    CHECK(contains(table, "M.Sc. in Computer Science, Technical University of Denmark (DTU) (2016)"));
    CHECK(contains(table, "Nothing on your resume yet"));
    CHECK(contains(s7, "Bridge scripts for your gaps"));
    CHECK(contains(s7, "<span class=\"fill\">[name the PCI DSS controls you owned]</span>"));
    CHECK(contains(s7, "<ol class=\"steps\">"));
    CHECK(contains(s7, "Curveball questions"));
    CHECK(contains(s7, "<strong>Watch out:</strong> Do not pick a strength in disguise."));
}

TEST_CASE("section 8 groups questions by interviewer, with the special interviewer only when it has questions") {
    Playbook doc = test::hostile_playbook();
    std::string s8 = section_html(render_html_report(doc), 8);
    for (const char* h : {"For the recruiter", "For the hiring manager", "For your peers", "For executives",
                          "For the Values Interviewer"})
        CHECK(contains(s8, std::string("<h4>") + h + "</h4>"));
    CHECK(contains(s8, "No questions prepared for this interviewer yet."));  // executives
    CHECK(contains(s8, "\u2605 Company-specific"));
    CHECK(contains(s8, "\u25C6 Role-specific"));

    doc.questions_to_ask.special.clear();
    s8 = section_html(render_html_report(doc), 8);
    CHECK_FALSE(contains(s8, "Values Interviewer</h4>"));
}

TEST_CASE("section 9 holds the handout and section 10 the cheat sheet") {
    const Playbook doc = test::hostile_playbook();
    const std::string html = render_html_report(doc);
    const std::string s9 = section_html(html, 9);
    CHECK(contains(s9, "<div class=\"handout\">"));
    for (const char* days : {"Days 1\u201330", "Days 31\u201360", "Days 61\u201390"}) CHECK(contains(s9, days));
    CHECK(contains(s9, "Milestone"));
    const std::string s10 = section_html(html, 10);
    CHECK(contains(s10, "Story bank"));
    CHECK(contains(s10, "Exactly-once at 1.2B events a day</strong> \u2192 Tell me about the most complex system"));
    CHECK(contains(s10, "Know about Lumora Health"));
    CHECK(contains(s10, "If they ask about your gap"));
    CHECK(contains(s10, "Remember"));
}

TEST_CASE("an empty document still renders every section, with honest empty states and no debris") {
    const std::string html = render_html_report(test::empty_playbook());
    CHECK(count_of(html, "<section class=\"chapter\"") == 10);
    CHECK(contains(html, "Your interview playbook"));
    CHECK(contains(html, "There is no fit assessment yet"));
    CHECK(contains(html, "No stories yet"));
    CHECK(contains(html, "No likely questions yet."));
    CHECK(contains(html, "What to expect from the company"));
    CHECK(contains(html, "[your name]"));
    CHECK_FALSE(contains(html, "For the special interviewer"));
    const std::string text = visible_text(html.substr(html.find("<body>")));
    for (const char* debris : {"null", "undefined", "{", "}", "%s", "  ", " ,", " .", "a the", "()"})
        CHECK_FALSE(contains(text, debris));
}

TEST_CASE("the report is deterministic") {
    const Playbook doc = test::hostile_playbook();
    CHECK(render_html_report(doc) == render_html_report(doc));
    CHECK(render_handout_html(doc) == render_handout_html(doc));
}

TEST_CASE("the standalone handout carries the name, the plan and no product branding") {
    const std::string html = render_handout_html(test::hostile_playbook());
    CHECK(contains(html, "<h1 class=\"ho-name\">Renée Søndergaard-Okafor</h1>"));
    CHECK(contains(html, "My first 90 days as Staff Data Engineer at Lumora Health"));
    CHECK(contains(html, "What I bring"));
    CHECK(contains(html, "Ask me about"));
    CHECK_FALSE(contains(to_lower(html), "interview playbook"));
    // A clean leave-behind: no provenance styling, but blanks stay visible.
    CHECK_FALSE(contains(html, "class=\"fact\""));
    CHECK_FALSE(contains(html, "class=\"draft\""));
    CHECK(contains(html, "<span class=\"fill\">[one metric your manager cares about]</span>"));
}

TEST_CASE("wording helpers write correct English") {
    CHECK(long_date("2026-05-04") == "May 4, 2026");
    CHECK(long_date("sometime") == "sometime");
    CHECK(long_date("2026-13-01") == "2026-13-01");
    Playbook doc;
    CHECK(role_phrase(doc) == "this role");
    doc.job.company = "Lumora Health";
    CHECK(role_phrase(doc) == "a role at Lumora Health");
    doc.job.title = "Staff Data Engineer";
    CHECK(role_phrase(doc) == "Staff Data Engineer at Lumora Health");
    CHECK(speaking_time(RichBuilder().plain("one two three").build()) == "About 5 seconds");
}
