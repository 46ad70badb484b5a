#include <catch2/catch.hpp>

#include "core/grammar.h"
#include "test_support.h"

using namespace ip;

TEST_CASE("articles follow the sound of the next word") {
    CHECK(article_for("SRE role") == "an");
    CHECK(article_for("SDE") == "an");
    CHECK(article_for("UX designer") == "a");
    CHECK(article_for("GCP migration") == "a");
    CHECK(article_for("MBA") == "an");
    CHECK(article_for("hour") == "an");
    CHECK(article_for("honest answer") == "an");
    CHECK(article_for("unique problem") == "a");
    CHECK(article_for("user study") == "a");
    CHECK(article_for("one-off") == "a");
    CHECK(article_for("Amazon interview") == "an");
    CHECK(article_for("engineer") == "an");
    CHECK(article_for("8-person team") == "an");
    CHECK(article_for("18-month project") == "an");
    CHECK(article_for("110-person org") == "a");
    CHECK(article_for("5-year plan") == "a");
    CHECK(with_article("Elasticsearch cluster") == "an Elasticsearch cluster");
}

TEST_CASE("lists use the serial comma") {
    CHECK(join_list({}) == "");
    CHECK(join_list({"Java"}) == "Java");
    CHECK(join_list({"Java", "Python"}) == "Java and Python");
    CHECK(join_list({"Microsoft", "Expedia", "Zillow"}) == "Microsoft, Expedia, and Zillow");
    CHECK(join_list({"SQL", "NoSQL"}, "or") == "SQL or NoSQL");
}

TEST_CASE("plurals and counts") {
    CHECK(count_noun(1, "engineer") == "1 engineer");
    CHECK(count_noun(3, "engineer") == "3 engineers");
    CHECK(count_noun(1, "story") == "1 story");
    CHECK(count_noun(4, "story") == "4 stories");
    CHECK(plural("story") == "stories");
    CHECK(plural("day") == "days");
    CHECK(plural("process") == "processes");
    CHECK(plural("person") == "people");
}

TEST_CASE("casing keeps acronyms intact") {
    CHECK(lower_first_word("Led design reviews") == "led design reviews");
    CHECK(lower_first_word("AWS migration") == "AWS migration");
    CHECK(lower_first_word("S3 buckets") == "S3 buckets");
    CHECK(capitalize_first("owned it") == "Owned it");
    CHECK(ensure_period("Done") == "Done.");
    CHECK(ensure_period("Done?") == "Done?");
    CHECK(strip_trailing_period("Shipped it.") == "Shipped it");
}
