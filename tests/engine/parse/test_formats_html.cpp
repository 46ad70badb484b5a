// A job description saved as .html to text: tags, scripts and styles
// stripped, entities decoded, block elements on their own lines, list items
// as bullet lines.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "formats_test_support.h"
#include "parse/html_text.h"

using namespace ip;

TEST_CASE("html: a saved job page becomes the posting's lines", "[formats][html]") {
    const std::vector<std::string> expected = {
        "Senior Data Engineer",
        "Fjordline \u00b7 Bergen, Norway \u2013 Hybrid",
        "",
        "About the team",
        "We move 1.5\u00a0billion shipping events a day through Kafka and Spark.",
        "",
        "What you\u2019ll do",
        "\u2022 Design batch and streaming pipelines",
        "\u2022 Own data quality for the freight domain",
        "",
        "Requirements",
        "\u2022 5+ years of Python & SQL",
        "\u2022 Experience with Airflow or Dagster",
        "and dbt",
        "Salary\tNOK 850\u202f000\u20131\u202f000\u202f000",
        "keep   this",
        "spacing",
    };
    CHECK(split_lines(html_to_text(ip::test::format_fixture("job.html"))) == expected);
}

TEST_CASE("html: script, style, title, comments and noise elements leave no text", "[formats][html]") {
    std::string text = html_to_text(ip::test::format_fixture("job.html"));
    for (const char* gone : {"tracking", "font-family", "Careers home", "Fjordline Careers", "commented out",
                             "Apply now", "Enable JavaScript", "<", ">"}) {
        INFO(gone);
        CHECK_FALSE(contains(text, gone));
    }
}

TEST_CASE("html: sloppy markup degrades to text instead of failing", "[formats][html]") {
    CHECK(html_to_text("<p>a < b and c > d</p>") == "a < b and c > d");
    CHECK(html_to_text("<P>Upper<BR>case</P>") == "Upper\ncase");
    CHECK(html_to_text("<ul><li>one<li>two</ul>") == "\u2022 one\n\u2022 two");
    CHECK(html_to_text("<div>unclosed <b>bold") == "unclosed bold");
    CHECK(html_to_text("<p>text then a broken tag <a href=\"x") == "text then a broken tag");
    CHECK(html_to_text("<nav>menu never closed <p>Job text</p>") == "menu never closed\nJob text");
    CHECK(html_to_text("<li>\u2022 already bulleted</li>") == "\u2022 already bulleted");
    CHECK(html_to_text("") == "");
}

TEST_CASE("html: detection by content", "[formats][html]") {
    CHECK(looks_like_html(ip::test::format_fixture("job.html")));
    CHECK(looks_like_html("\xEF\xBB\xBF  <html><body>x</body></html>"));
    CHECK(looks_like_html("<div><p>Senior engineer</p><ul><li>Go</li></ul></div>"));
    CHECK_FALSE(looks_like_html("Senior engineer\n<3 our team"));
    CHECK_FALSE(looks_like_html("<Name> placeholder resume text"));
}
