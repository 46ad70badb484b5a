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

TEST_CASE("a resume line's object gets the article a spoken sentence needs") {
    const Knowledge& kb = test::knowledge();
    // A bare singular noun phrase, whatever its modifiers.
    CHECK(article_for_object(kb, "Architected", "event-driven data pipeline on AWS (SQS, Lambda)") == "an ");
    CHECK(article_for_object(kb, "Drove", "customer obsession initiative to rewrite search") == "a ");
    CHECK(article_for_object(kb, "Migrated", "monolith to Kubernetes-orchestrated microservices") == "a ");
    CHECK(article_for_object(kb, "Owned", "full on-call rotation; reduced MTTD") == "a ");
    CHECK(article_for_object(kb, "Designed and built", "search indexing service used by 9 teams") == "a ");
    CHECK(article_for_object(kb, "Built", "React dashboard for the sales team") == "a ");
    CHECK(article_for_object(kb, "Built", "HR portal") == "an ");
    // Plurals, including after a participle that belongs to the noun phrase.
    CHECK(article_for_object(kb, "Designed and built", "distributed microservices handling 500K+ requests") == "");
    CHECK(article_for_object(kb, "Redesigned", "user onboarding flows for mobile") == "");
    // Nouns used bare, quantities after measure verbs, names, numbers, determiners.
    CHECK(article_for_object(kb, "Improved", "search relevance score by 28%") == "");
    CHECK(article_for_object(kb, "Reduced", "deployment time by 70%") == "");
    CHECK(article_for_object(kb, "Wrote", "documentation for the public API") == "");
    CHECK(article_for_object(kb, "Integrated", "Elasticsearch for full-text search") == "");
    CHECK(article_for_object(kb, "Mentored", "3 junior engineers to promotion") == "");
    CHECK(article_for_object(kb, "Rebuilt", "the listing-search UI in React") == "");
    CHECK(article_for_object(kb, "Closed", "$2M in new business") == "");
    CHECK(article_for_object(kb, "Implemented", "caching across services") == "");
    CHECK(article_for_object(kb, "Set", "up CI for the monorepo") == "");
    CHECK(article_for_object(kb, "Led", "technical design reviews for a team of 8 engineers") == "");
    // A long run of words with no end in sight: not sure of the head, no article.
    CHECK(article_for_object(kb, "Built", "shared design system component library tooling platform") == "");
}

TEST_CASE("an -ing word before a preposition heads the noun phrase") {
    const Knowledge& kb = test::knowledge();
    CHECK(article_for_object(kb, "Ran", "threat modeling for 22 new services") == "");
    CHECK(article_for_object(kb, "Automated", "claims-severity reporting in SQL and Tableau") == "");
    CHECK(article_for_object(kb, "Ran", "fieldwork on 5 public-company audits") == "");
    CHECK(article_for_object(kb, "Built", "data processing pipeline for claims") == "a ");
}

TEST_CASE("a past participle with its own complement ends the noun phrase") {
    const Knowledge& kb = test::knowledge();
    CHECK(article_for_object(kb, "Defined", "offline/online evaluation standards adopted by 6 ranking teams") == "");
    CHECK(article_for_object(kb, "Wrote", "end-to-end automated tests for checkout") == "");
    CHECK(article_for_object(kb, "Wrote", "onboarding guide adopted by 4 teams") == "an ");
}
