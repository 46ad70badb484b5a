// Resume lines cut to fit a sentence: never mid-parenthesis, never on a word
// that promises more ("... the engine used").
#include <catch2/catch.hpp>

#include "compose/resume_voice.h"
#include "test_support.h"

using namespace ip;

TEST_CASE("a cut resume line ends on a whole clause") {
    const std::string line = "Designed the modular architecture (Swift Package Manager, 41 modules) for the rider app";
    CHECK(clause_excerpt(test::knowledge(), line, 50) == "Designed the modular architecture");
    CHECK(clause_excerpt(test::knowledge(),
                         "Manage 2 teams that own the file-sync engine used by 700M registered users",
                         56) == "Manage 2 teams that own the file-sync engine");
    CHECK(trim_dangling(test::knowledge(), "ranking standards adopted") == "ranking standards");
    // A line that fits is left whole, parentheses and all.
    CHECK(clause_excerpt(test::knowledge(), "Cut build time (CI) by 40%", 100) == "Cut build time (CI) by 40%");
}
