// The company and role fields' suggestions (typeahead_suggestions), on a
// small list and on the knowledge base's own lists.
#include <catch2/catch.hpp>

#include "app/inputs.h"
#include "app/typeahead.h"
#include "core/text.h"
#include "headless_app.h"

using ip::app::typeahead_suggestions;
using Names = std::vector<std::string>;

TEST_CASE("typeahead: names starting with the typed text come first, then names containing it", "[app][typeahead]") {
    const Names options{"Shopify", "Amazon Web Services", "Spotify", "Amazon", "Zalando"};
    CHECK(typeahead_suggestions(options, "ama") == Names{"Amazon Web Services", "Amazon"});
    CHECK(typeahead_suggestions(options, "o") ==
          Names{"Shopify", "Amazon Web Services", "Spotify", "Amazon", "Zalando"});
    CHECK(typeahead_suggestions(options, "ify") == Names{"Shopify", "Spotify"});
    CHECK(typeahead_suggestions(options, "s") == Names{"Shopify", "Spotify", "Amazon Web Services"});
}

TEST_CASE("typeahead: case and surrounding space are ignored, blank or unknown text suggests nothing",
          "[app][typeahead]") {
    const Names options{"Stripe", "Square"};
    CHECK(typeahead_suggestions(options, "  STR ") == Names{"Stripe"});
    CHECK(typeahead_suggestions(options, "").empty());
    CHECK(typeahead_suggestions(options, "   ").empty());
    CHECK(typeahead_suggestions(options, "netflix").empty());
}

TEST_CASE("typeahead: a name already picked closes the list", "[app][typeahead]") {
    const Names options{"Meta", "Metabase"};
    CHECK(typeahead_suggestions(options, "meta").empty());
    CHECK(typeahead_suggestions(options, "Meta ").empty());
    CHECK(typeahead_suggestions(options, "met") == Names{"Meta", "Metabase"});
}

TEST_CASE("typeahead: at most six suggestions", "[app][typeahead]") {
    Names options;
    for (int i = 0; i < 10; ++i) options.push_back("Acme " + std::to_string(i));
    const Names found = typeahead_suggestions(options, "acme");
    REQUIRE(found.size() == 6);
    CHECK(found.front() == "Acme 0");
    CHECK(found.back() == "Acme 5");
}

TEST_CASE("typeahead: the knowledge base's company and role lists feed the fields", "[app][typeahead]") {
    ip::test::HeadlessApp h;
    const Names& companies = h.app.engine.company_names();
    const Names& roles = h.app.engine.role_names();
    REQUIRE(companies.size() > 6);
    REQUIRE(roles.size() > 1);
    const std::string first = companies.front();
    const Names found = typeahead_suggestions(companies, first.substr(0, 2));
    REQUIRE_FALSE(found.empty());
    for (const auto& name : found)
        CHECK(ip::to_lower(name).find(ip::to_lower(first.substr(0, 2))) != std::string::npos);
}

TEST_CASE("typeahead: typing in the company field lists suggestions, picking one fills and saves it",
          "[app][typeahead]") {
    ip::test::HeadlessApp h;
    h.frames(2);
    REQUIRE(h.mouse_click("company"));
    h.type("amaz");
    h.frame();
    CHECK(h.app.inputs.company == "amaz");
    const std::string pick = h.find_control("suggestion:");
    REQUIRE(pick == "suggestion:Amazon");
    // With the mouse, as a person does: the click takes the focus from the field.
    REQUIRE(h.mouse_click(pick));
    CHECK(h.app.inputs.company == "Amazon");
    CHECK(ip::app::inputs_from_json(ip::platform::load_value(ip::app::kInputsStorageKey)).company == "Amazon");
    h.frames(2);
    CHECK(h.app.inputs.company == "Amazon");
    CHECK(h.find_control("suggestion:").empty());  // picked: the list closes
}
