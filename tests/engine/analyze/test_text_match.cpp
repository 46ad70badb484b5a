#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "analyze/text_match.h"
#include "core/text.h"
#include "test_support.h"

using namespace ip;

namespace {

// What themes_in must return, without the loader's cue index: every cue of
// every theme tried on the whole text.
std::vector<std::string> themes_by_scan(const Knowledge& kb, const std::string& text) {
    const std::string lower = to_lower(text);
    std::vector<std::string> out;
    for (const ThemeDef& t : kb.themes)
        if (matches_any_cue(lower, t.cues)) out.push_back(t.id);
    return out;
}

bool shows(const Knowledge& kb, const std::string& text, const std::string& theme) {
    const std::vector<std::string> found = themes_in(kb, text);
    return std::find(found.begin(), found.end(), theme) != found.end();
}

}  // namespace

TEST_CASE("theme cues match whole words, word beginnings and punctuation") {
    const Knowledge& kb = test::knowledge();
    CHECK(shows(kb, "Owned the rollout", "ownership"));
    CHECK(shows(kb, "I own it", "ownership"));
    CHECK_FALSE(shows(kb, "A known issue", "ownership"));
    CHECK(shows(kb, "Product owners", "ownership"));
    CHECK(shows(kb, "Mentored two interns", "mentoring"));
    CHECK(shows(kb, "mentor", "mentoring"));
    CHECK_FALSE(shows(kb, "tormentor", "mentoring"));
    CHECK(shows(kb, "cut costs 30%", "results"));
    CHECK(shows(kb, "end-to-end delivery", "ownership"));
    CHECK(themes_in(kb, "").empty());
}

TEST_CASE("the theme index finds what trying every cue finds, on every fixture line") {
    const Knowledge& kb = test::knowledge();
    size_t lines = 0;
    for (const char* folder : {"resumes", "jobs"})
        for (const auto& entry : std::filesystem::directory_iterator(test::fixture_path(folder))) {
            const std::string name = entry.path().filename().string();
            if (!ends_with(name, ".txt") && !ends_with(name, ".md")) continue;
            for (const std::string& line : split_lines(test::read_fixture(std::string(folder) + "/" + name))) {
                INFO(name << ": " << line);
                CHECK(themes_in(kb, line) == themes_by_scan(kb, line));
                ++lines;
            }
        }
    CHECK(lines > 500);
}
