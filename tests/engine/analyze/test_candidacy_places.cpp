// Where a location is, as the candidacy-risk check reads it (assets/candidacy.json).
#include <catch2/catch.hpp>

#include "analyze/candidacy_risks.h"
#include "test_support.h"

using namespace ip;

TEST_CASE("candidacy places: a location reads as the country of its last part that names one") {
    const Knowledge& kb = test::knowledge();
    CHECK(country_of_location(kb, "Seattle, WA") == "us");
    CHECK(country_of_location(kb, "Seattle, WA (On-site)") == "us");
    CHECK(country_of_location(kb, "Austin, Texas") == "us");
    CHECK(country_of_location(kb, "Bengaluru, Karnataka, India") == "in");
    CHECK(country_of_location(kb, "Toronto, ON") == "ca");
    CHECK(country_of_location(kb, "London, UK") == "gb");
    CHECK(country_of_location(kb, "Remote (US)") == "us");
    // Codes match as written: "on" in a sentence is not Ontario.
    CHECK(country_of_location(kb, "Work on site") == "");
    CHECK(country_of_location(kb, "Somewhere nice") == "");
}
