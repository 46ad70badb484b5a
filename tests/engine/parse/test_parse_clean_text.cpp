#include <catch2/catch.hpp>

#include "parse/clean_text.h"

using namespace ip;

TEST_CASE("clean text: bullet glyphs become one marker") {
    CHECK(clean_pasted_text("\xE2\x80\xA2 Led a team") == "\xE2\x80\xA2 Led a team");
    CHECK(clean_pasted_text("\xE2\x96\xAA Led a team") == "\xE2\x80\xA2 Led a team");   // ▪
    CHECK(clean_pasted_text("\xE2\x97\xA6 Led a team") == "\xE2\x80\xA2 Led a team");   // ◦
    CHECK(clean_pasted_text("\xE2\x9E\xA2  Led a team") == "\xE2\x80\xA2 Led a team");  // ➢
    CHECK(clean_pasted_text("- Led a team") == "\xE2\x80\xA2 Led a team");
    CHECK(clean_pasted_text("* Led a team") == "\xE2\x80\xA2 Led a team");
    CHECK(clean_pasted_text("   1. Led a team") == "\xE2\x80\xA2 Led a team");
    CHECK(clean_pasted_text("\xEF\x82\xB7 Led a team") == "\xE2\x80\xA2 Led a team");   // Symbol-font bullet
    CHECK(clean_pasted_text("\xE2\x80\xA2\nLed a team") == "\xE2\x80\xA2 Led a team");  // glyph on its own line
    CHECK(clean_pasted_text("-5% churn") == "-5% churn");
}

TEST_CASE("clean text: smart punctuation, no-break spaces, ligatures, tabs") {
    CHECK(clean_pasted_text("Jordan\xE2\x80\x99s \xE2\x80\x9C"
                            "best\xE2\x80\x9D") == "Jordan's \"best\"");
    CHECK(clean_pasted_text("Seattle,\xC2\xA0WA") == "Seattle, WA");
    CHECK(clean_pasted_text("e\xEF\xAC\x83"
                            "cient work\xEF\xAC\x82ow") == "efficient workflow");
    CHECK(clean_pasted_text("Engineer\tMar 2022") == "Engineer    Mar 2022");
    CHECK(clean_pasted_text("a\r\nb\rc") == "a\nb\nc");
    CHECK(clean_pasted_text("zero\xE2\x80\x8Bwidth\xEF\xBB\xBF") == "zerowidth");
    CHECK(clean_pasted_text("Senior Engineer \xE2\x80\x94 Microsoft") == "Senior Engineer \xE2\x80\x94 Microsoft");
    CHECK(clean_pasted_text("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("clean text: words hyphenated across lines are rejoined") {
    CHECK(clean_pasted_text("built distrib-\nuted systems") == "built distributed systems");
    CHECK(clean_pasted_text("worked cross-\nfunctionally") == "worked cross-functionally");
    CHECK(clean_pasted_text("end-to-\nend tests") == "end-to-end tests");
    CHECK(clean_pasted_text("Mar 2022 -\npresent") == "Mar 2022 -\npresent");
}

TEST_CASE("clean text: Markdown markup is reduced to its words") {
    CHECK(clean_pasted_text("## Experience") == "Experience");
    CHECK(clean_pasted_text("**Senior Engineer** \xE2\x80\x94 _Acme_") == "Senior Engineer \xE2\x80\x94 Acme");
    CHECK(clean_pasted_text("*Aug 2024 \xE2\x80\x93 Present*") == "Aug 2024 \xE2\x80\x93 Present");
    CHECK(clean_pasted_text("- **Languages:** Python, Go") == "\xE2\x80\xA2 Languages: Python, Go");
    CHECK(clean_pasted_text("jane_doe@example.com") == "jane_doe@example.com");
    CHECK(clean_pasted_text("[GitHub](https://github.com/jd)") == "https://github.com/jd");
    CHECK(clean_pasted_text("[Portfolio](https://jd.dev/work)") == "Portfolio (https://jd.dev/work)");
    CHECK(clean_pasted_text("Mei-Lin Zhao\n============\n\nData Engineer") == "Mei-Lin Zhao\n\n\nData Engineer");
    CHECK(clean_pasted_text("---") == "");
    CHECK(clean_pasted_text("C\\# and F\\#") == "C# and F#");
}
