#include <catch2/catch.hpp>

#include "compose/object_article.h"
#include "test_support.h"

using namespace ip;

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
