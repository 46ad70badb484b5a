// The answers to the playbook's fill-in blanks: kept by scope and prompt,
// saved, restored after a reload, applied to exports and copies.
#include <catch2/catch.hpp>

#include "app/fill_answers.h"
#include "headless_app.h"

using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace app = ip::app;
namespace headless = ip::platform::headless;
using ip::Rich;
using ip::SpanKind;

TEST_CASE("fill answers: set, find, replace, and an all-space answer removes the entry", "[app][fill]") {
    app::FillAnswers a;
    CHECK(a.find("", "the number") == nullptr);
    a.set("story:Cut costs 38%", "the number", "from $40k to $25k");
    REQUIRE(a.find("story:Cut costs 38%", "the number") != nullptr);
    CHECK(*a.find("story:Cut costs 38%", "the number") == "from $40k to $25k");
    CHECK(a.find("story:Other line", "the number") == nullptr);  // keyed by scope, never by position
    a.set("story:Cut costs 38%", "the number", "about $15k a month");
    CHECK(*a.find("story:Cut costs 38%", "the number") == "about $15k a month");
    CHECK(a.size() == 1);
    a.set("story:Cut costs 38%", "the number", "  \n ");
    CHECK(a.size() == 0);
}

TEST_CASE("fill answers: a shared blank takes a gap script's answer to the same prompt", "[app][fill]") {
    app::FillAnswers a;
    a.set("gap:Kubernetes in production", "a tool you learned fast", "Terraform in two weeks");
    REQUIRE(a.find("", "a tool you learned fast") != nullptr);
    CHECK(*a.find("", "a tool you learned fast") == "Terraform in two weeks");
    CHECK(a.find("story:x", "a tool you learned fast") == nullptr);
}

TEST_CASE("fill answers: JSON round trip, malformed values give no answers and never throw", "[app][fill]") {
    app::FillAnswers a;
    a.set("", "your start date", "March");
    a.set("gap:Go", "a language you picked up", "Rust \"quickly\"\nin a month");
    const app::FillAnswers back = app::FillAnswers::from_json(a.to_json());
    CHECK(back.size() == 2);
    REQUIRE(back.find("gap:Go", "a language you picked up") != nullptr);
    CHECK(*back.find("gap:Go", "a language you picked up") == "Rust \"quickly\"\nin a month");
    for (const char* text :
         {"", "{}", "nope", "[1, \"x\", {\"prompt\": 3}]", "[{\"scope\": \"s\", \"answer\": \"a\"}]"}) {
        CAPTURE(text);
        CHECK(app::FillAnswers::from_json(text).size() == 0);
    }
}

TEST_CASE("fill answers: copy text writes answered blanks as the answer, open ones in brackets", "[app][fill]") {
    const Rich text{{"I cut costs by ", SpanKind::Plain},
                    {"the amount", SpanKind::Fill},
                    {" in ", SpanKind::Plain},
                    {"how long", SpanKind::Fill}};
    app::FillAnswers a;
    a.set("s", "the amount", "$15k a month");
    CHECK(app::plain_text(text, "s", a) == "I cut costs by $15k a month in [how long]");
    CHECK(app::plain_text(text, "other", a) == "I cut costs by [the amount] in [how long]");
}

TEST_CASE("fill answers: answers apply to a copy of the playbook and are counted", "[app][fill]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    const ip::Playbook& doc = *h.app.doc;
    const app::FillCount none = app::count_fills(doc, h.app.answers);
    REQUIRE(none.total > 0);
    CHECK(none.answered == 0);

    // The first blank in the document, with its scope.
    std::string scope, prompt;
    app::for_each_rich(doc, [&](const Rich& text, const std::string& s) {
        for (const auto& span : text)
            if (span.kind == SpanKind::Fill && prompt.empty()) {
                prompt = span.text;
                scope = s;
            }
    });
    REQUIRE_FALSE(prompt.empty());
    h.app.answers.set(scope, prompt, "ANSWER-123");
    const app::FillCount one = app::count_fills(doc, h.app.answers);
    CHECK(one.answered >= 1);
    CHECK(one.total == none.total);
    const ip::Playbook filled = app::with_answers(doc, h.app.answers);
    CHECK(app::count_fills(filled, app::FillAnswers{}).total == none.total - one.answered);
    int found = 0;
    app::for_each_rich(filled, [&](const Rich& text, const std::string&) {
        for (const auto& span : text)
            if (span.text == "ANSWER-123") {
                CHECK(span.kind == SpanKind::Plain);
                ++found;
            }
    });
    CHECK(found == one.answered);
    // The original document keeps its blanks.
    CHECK(app::count_fills(doc, app::FillAnswers{}).total == none.total);
}

TEST_CASE("fill answers: typing an answer into a blank keeps it, saves it and brings it back after a reload",
          "[app][fill]") {
    std::string blank;
    {
        HeadlessApp h;
        REQUIRE(h.build_playbook(seed_resume(), seed_job()));
        blank = h.find_in_sections("blank:");
        REQUIRE_FALSE(blank.empty());
        REQUIRE(h.click(blank));
        h.frames(2);
        CHECK(h.state()["editing"] == blank.substr(6));
        REQUIRE(ImGui::GetIO().WantTextInput);
        h.type("Cut review time from 5 days to 2");
        REQUIRE(h.click("answer-save"));
        CHECK(h.app.view.editing_owner == 0);
        REQUIRE(h.app.answers.size() == 1);
        CHECK(h.state()["playbook"]["answered"].get<int>() >= 1);
        // Saved a frame later, not while typing.
        h.frames(2);
        const app::FillAnswers saved = app::FillAnswers::from_json(ip::platform::load_value(app::kFillsStorageKey));
        REQUIRE(saved.size() == 1);
        CHECK(saved.to_json().find("Cut review time from 5 days to 2") != std::string::npos);
        // The answer now shows where the blank was.
        CHECK(h.find_control("answer:" + blank.substr(6)) == "answer:" + blank.substr(6));
    }
    HeadlessOptions reload;
    reload.keep_storage = true;
    HeadlessApp h(reload);
    CHECK(h.app.answers.size() == 1);
    // The app left from the playbook: it is built again, answers applied.
    h.frames(5);
    REQUIRE(h.app.doc);
    CHECK(h.app.screen == app::Screen::Playbook);
    CHECK(app::count_fills(*h.app.doc, h.app.answers).answered >= 1);
}

TEST_CASE("fill answers: Cancel leaves the blank open", "[app][fill]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    const std::string blank = h.find_in_sections("blank:");
    REQUIRE_FALSE(blank.empty());
    REQUIRE(h.click(blank));
    h.frames(2);
    h.type("not this");
    REQUIRE(h.click("answer-cancel"));
    CHECK(h.app.answers.size() == 0);
    CHECK(h.app.view.editing_owner == 0);
    h.frames(2);
    CHECK(h.find_control(blank) == blank);
}
