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
    CHECK(fold_whitespace("  a\t\tb\n c\xC2\xA0" "d  ") == "a b c d");
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
