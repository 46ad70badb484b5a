// The parts an embedding site hides: which sections they take out of the
// navigation, where the view goes when its section disappears.
#include <catch2/catch.hpp>

#include "app/hidden_parts.h"
#include "headless_app.h"

using ip::app::HiddenParts;
using ip::app::Part;
using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace headless = ip::platform::headless;
using Names = std::vector<std::string>;

TEST_CASE("hidden parts: names in, names out in the protocol's order, unknown names ignored", "[app][hidden]") {
    const HiddenParts none = HiddenParts::from_names({});
    CHECK_FALSE(none.any());
    CHECK(none.names().empty());
    const HiddenParts some = HiddenParts::from_names({"plan", "bogus", "fit", "Fit", "questions"});
    CHECK(some.any());
    CHECK(some.hides(Part::Fit));
    CHECK(some.hides(Part::Plan));
    CHECK_FALSE(some.hides(Part::Stories));
    CHECK(some.names() == Names{"fit", "questions", "plan"});
}

TEST_CASE("hidden parts: a section goes only when every part of it is hidden, the overview stays", "[app][hidden]") {
    const HiddenParts company = HiddenParts::from_names({"decode", "company", "hidden_priorities"});
    CHECK(company.section_shown(2));  // mistakes still shown
    CHECK_FALSE(HiddenParts::from_names({"decode", "company", "hidden_priorities", "mistakes"}).section_shown(2));
    const HiddenParts all = HiddenParts::from_names({"fit", "decode", "company", "hidden_priorities", "mistakes",
                                                     "pitch", "stories", "questions", "gap_scripts", "curveballs",
                                                     "questions_to_ask", "plan", "cheat_sheet"});
    CHECK(all.section_shown(0));
    for (int i = 1; i < 10; ++i) CHECK_FALSE(all.section_shown(i));
    CHECK_FALSE(all.section_shown(-1));
    CHECK_FALSE(all.section_shown(10));
    CHECK(HiddenParts::from_names({"gap_scripts"}).section_shown(6));
    CHECK_FALSE(HiddenParts::from_names({"gap_scripts", "curveballs"}).section_shown(6));
}

TEST_CASE("hidden parts: next, previous and nearest shown sections skip hidden ones", "[app][hidden]") {
    const HiddenParts h = HiddenParts::from_names({"questions", "gap_scripts", "curveballs", "cheat_sheet"});
    CHECK(h.next_shown(4, 1) == 7);
    CHECK(h.next_shown(7, -1) == 4);
    CHECK(h.next_shown(8, 1) == -1);
    CHECK(h.next_shown(0, -1) == -1);
    CHECK(h.nearest_shown(5) == 7);
    CHECK(h.nearest_shown(9) == 8);
    CHECK(h.nearest_shown(3) == 3);
}

TEST_CASE("hidden parts: the host's hidden sections leave the navigation and move the view", "[app][hidden]") {
    HeadlessOptions options;
    options.embed_host = "https://coach.example";
    HeadlessApp h(options);
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    REQUIRE(h.click("nav:6"));
    CHECK(h.app.view.section == 5);

    ip::platform::EmbedConfig config;
    config.hide = {"questions", "plan"};
    headless::configure_embed(config);
    CHECK(h.app.view.section == 6);  // the next shown one
    h.frames(2);
    const nlohmann::json state = h.state();
    CHECK(state["hidden"] == Names{"questions", "plan"});
    CHECK(state["sections_shown"] == std::vector<int>{1, 2, 3, 4, 5, 7, 8, 10});
    CHECK(h.find_control("nav:6").empty());
    CHECK(h.find_control("nav:9").empty());
    CHECK(h.find_control("nav:7") == "nav:7");
    // Section 8's "next" skips the hidden plan.
    REQUIRE(h.click("nav:8"));
    h.frames(2);
    REQUIRE(h.click("next"));
    CHECK(h.app.view.section == 9);
    // The handout is not offered.
    h.frames(2);
    REQUIRE(h.click("export"));
    h.frames(2);
    CHECK(h.find_control("export-html") == "export-html");
    CHECK(h.find_control("export-handout").empty());
    CHECK(h.find_control("export-png").empty());
}
