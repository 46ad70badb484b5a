#include <catch2/catch.hpp>

#include "core/stable_hash.h"
#include "core/text.h"

using namespace ip;

TEST_CASE("invalid UTF-8 is repaired with U+FFFD and valid text is untouched") {
    CHECK(is_valid_utf8("Zoë — café"));
    CHECK_FALSE(is_valid_utf8("bad \xC3 byte"));
    CHECK(repair_utf8("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
    CHECK(repair_utf8("Zoë") == "Zoë");
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
}

TEST_CASE("whitespace folding treats tabs, newlines and no-break spaces as one space") {
    CHECK(fold_whitespace("  a\t\tb\n c\xC2\xA0"
                          "d  ") == "a b c d");
    CHECK(fold_whitespace("") == "");
}

TEST_CASE("lines split on LF and CRLF") {
    auto lines = split_lines("a\r\nb\n\nc");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "a");
    CHECK(lines[2] == "");
    CHECK(lines[3] == "c");
}

TEST_CASE("stable hash is fixed across runs") {
    CHECK(stable_hash("") == 14695981039346656037ULL);
    CHECK(stable_hash("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(stable_pick("abc", 3) == stable_pick("abc", 3));
}

TEST_CASE("words split at runs of whitespace and are never empty") {
    CHECK(ip::split_words("a  b\tc \n") == std::vector<std::string>{"a", "b", "c"});
    CHECK(ip::split_words("   ").empty());
    CHECK(ip::split_words("").empty());
    CHECK(ip::split_words("one") == std::vector<std::string>{"one"});
}

TEST_CASE("word count splits at any white space, no-break spaces included, and counts nothing in blank text") {
    CHECK(word_count("") == 0);
    CHECK(word_count("   \t\n") == 0);
    CHECK(word_count("Led  a\tteam\nof 8") == 5);
    CHECK(word_count("Python,\xC2\xA0SQL") == 2);        // NBSP
    CHECK(word_count("10\xE2\x80\xAFkm run") == 3);      // narrow NBSP
    CHECK(word_count("na\xC3\xAFve caf\xC3\xA9") == 2);  // other multi-byte letters are not spaces
}

TEST_CASE("a line that ends on a joining word or mark goes on in the next line") {
    CHECK(ends_mid_clause("Built the pipeline using"));
    CHECK(ends_mid_clause("Partnered with product and"));
    CHECK(ends_mid_clause("Reported to our"));
    CHECK(ends_mid_clause("Python, SQL,"));
    CHECK(ends_mid_clause("CI/CD for web /"));
    CHECK(ends_mid_clause("  Led design reviews AT  "));
    CHECK_FALSE(ends_mid_clause("Cut latency by 40%."));
    CHECK_FALSE(ends_mid_clause("Led design reviews"));
    CHECK_FALSE(ends_mid_clause("brand"));  // "and" only as a whole word
    CHECK_FALSE(ends_mid_clause(""));
}

TEST_CASE("ASCII character classes leave UTF-8 bytes out") {
    CHECK(is_ascii_digit('7'));
    CHECK_FALSE(is_ascii_digit('a'));
    CHECK(is_ascii_alnum('Z'));
    CHECK_FALSE(is_ascii_alpha(static_cast<char>(0xC3)));
    CHECK(starts_lower("led"));
    CHECK_FALSE(starts_lower("Led"));
    CHECK_FALSE(starts_lower(""));
}
