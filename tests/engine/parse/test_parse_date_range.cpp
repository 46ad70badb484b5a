#include <catch2/catch.hpp>

#include "parse/date_range.h"

using namespace ip;

namespace {
std::string range_of(const std::string& line) {
    auto r = find_date_range(line);
    if (!r) return "none";
    return r->start_iso().value_or("?") + ".." + r->end_iso().value_or("?");
}
std::string without_range(const std::string& line) {
    auto r = find_date_range(line);
    return r ? remove_date_range(line, *r) : line;
}
}  // namespace

TEST_CASE("date ranges in the ways resumes write them") {
    CHECK(range_of("Mar 2022 \xE2\x80\x93 Present") == "2022-03..present");
    CHECK(range_of("Jun 2019 - Feb 2022") == "2019-06..2022-02");
    CHECK(range_of("2019-2021") == "2019..2021");
    CHECK(range_of("2024-Present: Charge Nurse") == "2024..present");  // no space before the word
    CHECK(range_of("06/2019 to 02/2022") == "2019-06..2022-02");
    CHECK(range_of("Sep 2021 to Present") == "2021-09..present");
    CHECK(range_of("January 2024 \xE2\x80\x94 May 2024") == "2024-01..2024-05");
    CHECK(range_of("2022-03 \xE2\x80\x93 2024-11") == "2022-03..2024-11");
    CHECK(range_of("Since 2020") == "2020..present");
    CHECK(range_of("2020 \xE2\x80\x93") == "2020..present");
    CHECK(range_of("Summer 2021") == "2021..2021");
    CHECK(range_of("Jan 2020 - Current") == "2020-01..present");
    CHECK(range_of("Apr 2018 \xE2\x80\x93 Mar 2021 (2 yrs 11 mos)") == "2018-04..2021-03");
}

TEST_CASE("numbers that are not dates are left alone") {
    CHECK(range_of("(206) 555-0142") == "none");
    CHECK(range_of("Raised $2019 in donations") == "none");
    CHECK(range_of("GPA 3.7") == "none");
    CHECK(range_of("Filed the 10-K") == "none");
    CHECK(range_of("FY2025 plan") == "none");
    CHECK(range_of("Present findings to the board") == "none");
}

TEST_CASE("removing a range leaves the header's other pieces") {
    CHECK(without_range("Senior Engineer (2020 \xE2\x80\x93 Present)") == "Senior Engineer");
    CHECK(without_range("Brooklyn, NY \xE2\x80\x94 Sep 2021 to Present") == "Brooklyn, NY");
    CHECK(without_range("Title | Acme | Mar 2023 \xE2\x80\x93 Present") == "Title | Acme");
    CHECK(without_range("08/2019 \xE2\x80\x93 present    Science Teacher") == "Science Teacher");
}
