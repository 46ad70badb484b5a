// The playbook screen's state: the current section (kept across reloads),
// expanded question cards and follow-up lists, the way back to the inputs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "headless_app.h"

using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace app = ip::app;
namespace headless = ip::platform::headless;

namespace {

constexpr const char* kViewKey = "interview-playbook.view.v1";
constexpr const char* kGeneratingKey = "interview-playbook.generating.v1";

nlohmann::json saved_view() { return nlohmann::json::parse(ip::platform::load_value(kViewKey), nullptr, false); }

}  // namespace

TEST_CASE("sections: the section picked is shown, saved, and kept after a reload", "[app][sections]") {
    {
        HeadlessApp h;
        REQUIRE(h.build_playbook(seed_resume(), seed_job()));
        CHECK(h.app.view.section == 0);
        CHECK(saved_view()["screen"] == "playbook");
        REQUIRE(h.click("nav:4"));
        CHECK(h.app.view.section == 3);
        CHECK(h.state()["section"] == 4);
        CHECK(saved_view()["section"] == 3);
        h.frames(2);
        REQUIRE(h.click("next"));
        CHECK(h.app.view.section == 4);
        h.frames(2);
        REQUIRE(h.click("previous"));
        CHECK(h.app.view.section == 3);
    }
    HeadlessOptions reload;
    reload.keep_storage = true;
    HeadlessApp h(reload);
    CHECK(h.app.view.section == 3);
    CHECK(h.app.generate_countdown >= 0);  // left from the playbook: built again
    h.frames(5);
    CHECK(h.app.screen == app::Screen::Playbook);
    CHECK(h.app.view.section == 3);
    CHECK(headless::storage().count(kGeneratingKey) == 0);
}

TEST_CASE("sections: a question card opens and closes, the state says which are open", "[app][sections]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    REQUIRE(h.click("nav:6"));
    h.frames(2);
    const std::string card = h.find_control("question:");
    REQUIRE_FALSE(card.empty());
    CHECK(h.app.view.open_cards.empty());
    REQUIRE(h.click(card));
    CHECK(h.app.view.open_cards.count(card) == 1);
    CHECK(h.state()["open_cards"] == std::vector<std::string>{card});
    h.frames(2);
    REQUIRE(h.click(card));
    CHECK(h.app.view.open_cards.empty());
}

TEST_CASE("sections: a story's follow-up questions show and hide", "[app][sections]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    const std::string list = h.find_in_sections("followups:");
    REQUIRE_FALSE(list.empty());
    const size_t drawn_before = h.state()["controls"].size();
    REQUIRE(h.click(list));
    CHECK(h.app.view.open_cards.count(list) == 1);
    h.frames(2);
    REQUIRE(h.click(list));
    CHECK(h.app.view.open_cards.count(list) == 0);
    h.frames(2);
    CHECK(h.state()["controls"].size() == drawn_before);
}

TEST_CASE("sections: editing the inputs is remembered, back returns to the playbook", "[app][sections]") {
    {
        HeadlessApp h;
        REQUIRE(h.build_playbook(seed_resume(), seed_job()));
        REQUIRE(h.click("nav:2"));
        h.frames(2);
        REQUIRE(h.click("edit-inputs"));
        CHECK(h.app.screen == app::Screen::Start);
        CHECK(saved_view()["screen"] == "start");
        h.frames(2);
        REQUIRE(h.click("back"));
        CHECK(h.app.screen == app::Screen::Playbook);
        CHECK(h.app.view.section == 1);
        h.frames(2);
        REQUIRE(h.click("edit-inputs"));
    }
    HeadlessOptions reload;
    reload.keep_storage = true;
    HeadlessApp h(reload);
    h.frames(5);
    CHECK(h.app.screen == app::Screen::Start);
    CHECK_FALSE(h.app.doc);
    CHECK(h.app.inputs.resume == seed_resume());
}

TEST_CASE("sections: a stored view out of range is clamped, a malformed one is ignored", "[app][sections]") {
    headless::reset();
    headless::storage()[kViewKey] = R"({"screen": "start", "section": 42})";
    {
        HeadlessOptions keep;
        keep.keep_storage = true;
        HeadlessApp h(keep);
        CHECK(h.app.view.section == 9);
        CHECK(h.app.screen == app::Screen::Start);
    }
    headless::storage()[kViewKey] = "{not json";
    HeadlessOptions keep;
    keep.keep_storage = true;
    HeadlessApp h(keep);
    CHECK(h.app.view.section == 0);
    CHECK(h.app.generate_countdown < 0);
}

TEST_CASE("sections: a build that never finished is not retried on its own", "[app][sections]") {
    {
        HeadlessApp h;
        REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    }
    headless::storage()[kGeneratingKey] = "1";  // the tab died while the engine ran
    HeadlessOptions keep;
    keep.keep_storage = true;
    HeadlessApp h(keep);
    CHECK(h.app.generate_countdown < 0);
    CHECK(h.app.error.find("Building your playbook stopped unexpectedly last time.") == 0);
    CHECK(headless::storage().count(kGeneratingKey) == 0);
    CHECK(h.app.inputs.job == seed_job());
}
