// The headless platform itself: it must behave as the web backend does where
// the app can tell (storage quota and "Forget everything", one file picker
// and one PDF import at a time, pasted line ends, consent before the host
// gets a playbook), or the app tests below would prove nothing.
#include <catch2/catch.hpp>

#include "platform/platform_headless.h"

namespace platform = ip::platform;
namespace headless = ip::platform::headless;

TEST_CASE("headless platform: storage keeps values, refuses writes over its quota, closes on forget",
          "[app][platform]") {
    headless::reset();
    CHECK(platform::load_value("k").empty());
    REQUIRE(platform::save_value("k", "value"));
    CHECK(platform::load_value("k") == "value");
    platform::remove_value("k");
    CHECK(platform::load_value("k").empty());

    headless::set_storage_quota(10);
    CHECK(platform::save_value("a", "123456789"));  // 10 bytes with its key
    CHECK_FALSE(platform::save_value("b", "1"));
    CHECK(platform::save_value("a", "12345678"));  // replacing counts the new value only
    CHECK(platform::load_value("a") == "12345678");

    headless::set_storage_quota(0);
    platform::forget_everything_and_reload();
    CHECK(headless::storage().empty());
    CHECK(headless::reloads() == 1);
    CHECK(platform::save_value("late", "write"));  // accepted and dropped, as the page does
    CHECK(platform::load_value("late").empty());
}

TEST_CASE("headless platform: a paste arrives with \\n line ends", "[app][platform]") {
    headless::reset();
    std::string got;
    platform::on_paste([&](const std::string& text) { got = text; });
    headless::paste("a\r\nb\rc\n");
    CHECK(got == "a\nb\nc\n");
    CHECK(platform::take_redraw_request());
    CHECK_FALSE(platform::take_redraw_request());
}

TEST_CASE("headless platform: a file picker answers once, a cancelled one never", "[app][platform]") {
    headless::reset();
    int calls = 0;
    std::string name, bytes;
    CHECK_FALSE(headless::pick_file("x.txt", "x"));
    platform::open_file(".txt,.md", [&](const std::string& n, const std::string& b) {
        ++calls;
        name = n;
        bytes = b;
    });
    CHECK(headless::file_picker_open());
    CHECK(headless::file_picker_accept() == ".txt,.md");
    CHECK(headless::pick_file("resume.md", "# Me"));
    CHECK_FALSE(headless::pick_file("again.md", "no"));
    CHECK(calls == 1);
    CHECK(name == "resume.md");
    CHECK(bytes == "# Me");

    platform::open_file(".txt", [&](const std::string&, const std::string&) { ++calls; });
    headless::cancel_file_picker();
    CHECK_FALSE(headless::pick_file("late.txt", "no"));
    CHECK(calls == 1);
}

TEST_CASE("headless platform: the host gets a playbook only after consent, then every new one", "[app][platform]") {
    headless::reset();
    headless::set_embed_host("https://coach.example");
    platform::embed_notify_generated("{\"v\":1}");
    CHECK(headless::host_messages().empty());
    CHECK_FALSE(platform::embed_shared());
    headless::grant_share_consent();
    CHECK(platform::embed_shared());
    REQUIRE(headless::host_messages().size() == 1);
    CHECK(headless::host_messages()[0].type == "generated");
    CHECK(headless::host_messages()[0].data == "{\"v\":1}");
    platform::embed_notify_generated("{\"v\":2}");
    platform::embed_notify_exported("md");
    REQUIRE(headless::host_messages().size() == 3);
    CHECK(headless::host_messages()[1].data == "{\"v\":2}");
    CHECK(headless::host_messages()[2].type == "exported");
    CHECK(headless::host_messages()[2].data == "md");

    headless::reset();  // not embedded: nothing is ever posted
    platform::embed_notify_exported("md");
    headless::grant_share_consent();
    CHECK(headless::host_messages().empty());
}
