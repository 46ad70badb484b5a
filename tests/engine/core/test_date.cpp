#include <catch2/catch.hpp>

#include "core/date.h"

using namespace ip;

namespace {
std::string iso(const std::string& text) {
    auto d = parse_year_month(text);
    return d ? d->iso() : "none";
}
}  // namespace

TEST_CASE("year-month dates in the ways resumes write them") {
    CHECK(iso("Mar 2022") == "2022-03");
    CHECK(iso("March 2022") == "2022-03");
    CHECK(iso("Sept. 2021") == "2021-09");
    CHECK(iso("Sep 2021") == "2021-09");
    CHECK(iso("Mar. 2022") == "2022-03");
    CHECK(iso("December, 2019") == "2019-12");
    CHECK(iso("03/2022") == "2022-03");
    CHECK(iso("3/2022") == "2022-03");
    CHECK(iso("2022-03") == "2022-03");
    CHECK(iso("2022/11") == "2022-11");
    CHECK(iso("2022") == "2022");
    CHECK(iso("  2017 ") == "2017");
    CHECK(iso("Jun '19") == "2019-06");
    CHECK(iso("Jun \xE2\x80\x99"
              "98") == "1998-06");
    CHECK(iso("'19") == "2019");
}

TEST_CASE("things that are not dates are rejected") {
    CHECK(iso("") == "none");
    CHECK(iso("Present") == "none");
    CHECK(iso("Mayor 2020") == "none");
    CHECK(iso("13/2022") == "none");
    CHECK(iso("2022-13") == "none");
    CHECK(iso("1066") == "none");
    CHECK(iso("500K") == "none");
    CHECK(iso("Mar 2022 extra") == "none");
    CHECK(iso("Ma 2022") == "none");
}

TEST_CASE("present words in any case") {
    CHECK(is_present_word("Present"));
    CHECK(is_present_word("PRESENT"));
    CHECK(is_present_word(" current "));
    CHECK(is_present_word("Now"));
    CHECK(is_present_word("ongoing"));
    CHECK_FALSE(is_present_word("presently employed"));
    CHECK_FALSE(is_present_word("2022"));
}

TEST_CASE("the --today input is a strict YYYY-MM-DD day") {
    auto d = parse_iso_day("2026-05-04");
    REQUIRE(d);
    CHECK(d->year == 2026);
    CHECK(d->month == 5);
    CHECK(d->iso() == "2026-05");
    CHECK(parse_iso_day("2024-02-29"));
    CHECK_FALSE(parse_iso_day("2023-02-29"));
    CHECK_FALSE(parse_iso_day("2026-5-4"));
    CHECK_FALSE(parse_iso_day("2026-13-01"));
    CHECK_FALSE(parse_iso_day("2026-04-31"));
    CHECK_FALSE(parse_iso_day("today"));
}

TEST_CASE("month index orders dates and year-only dates sort to January") {
    CHECK(YearMonth{2022, 3}.index() == 2022 * 12 + 2);
    CHECK(YearMonth{2022, 0}.index() == YearMonth{2022, 1}.index());
    CHECK(YearMonth{2021, 12}.index() < YearMonth{2022, 1}.index());
}
