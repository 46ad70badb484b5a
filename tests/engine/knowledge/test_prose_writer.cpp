// The writer machinery: the one template language, the one seed scheme, and
// the document's prose writer (variant policy + ledger of said sentences).
#include <catch2/catch.hpp>
#include <set>
#include <stdexcept>

#include "core/seed.h"
#include "knowledge/prose_writer.h"
#include "knowledge/slot_template.h"

using namespace ip;

TEST_CASE("templates keep each slot's span kind and give rich text or a plain string") {
    SlotValues slots{{"metric", {"38%", SpanKind::Fact}},
                     {"company", "Amazon"},
                     {"work", Rich{{"designed ", SpanKind::Plain}, {"the billing API", SpanKind::Fact}}},
                     {"ask", {"the baseline", SpanKind::Fill}},
                     {"why", {"it shows scale", SpanKind::Draft}}};
    const FilledTemplate f = fill_slots("I {work}, cut latency by {metric} at {company}. {why} {ask}", slots);
    CHECK(f.missing.empty());
    REQUIRE(f.text.size() == 8);
    CHECK(f.text[0] == Span{"I designed ", SpanKind::Plain});
    CHECK(f.text[1] == Span{"the billing API", SpanKind::Fact});
    CHECK(f.text[3] == Span{"38%", SpanKind::Fact});
    CHECK(f.text[5] == Span{"it shows scale", SpanKind::Draft});
    CHECK(f.text[7] == Span{"the baseline", SpanKind::Fill});
    CHECK(rich_to_plain(f.text) ==
          "I designed the billing API, cut latency by 38% at Amazon. it shows scale [the baseline]");
}

TEST_CASE("a slot without a value is reported, never silently empty") {
    const SlotValues slots{{"company", "Amazon"}, {"team", ""}};
    FilledTemplate f = fill_slots("{metric} at {company}", slots);
    CHECK(f.missing == std::vector<std::string>{"metric"});
    CHECK(rich_to_plain(f.text) == "{metric} at Amazon");  // visible to the text linter too
    f = fill_slots("Join {team} at {company}.", slots);
    CHECK(f.missing == std::vector<std::string>{"team"});
    CHECK(template_is_fillable("{company}", slots));
    CHECK_FALSE(template_is_fillable("{metric} at {company}", slots));
    CHECK_FALSE(template_is_fillable("{company", slots));
    CHECK(slot_names("{a} and {b}.") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("a slot value ending in a period does not double the template's period") {
    const FilledTemplate f = fill_slots("I worked at {employer}.", {{"employer", {"Acme, Inc.", SpanKind::Fact}}});
    CHECK(rich_to_plain(f.text) == "I worked at Acme, Inc.");
}

TEST_CASE("seeds: inputs joined with the purpose's label, the same inputs always give the same choice") {
    CHECK(seed_for(Purpose::Strength, {"Ana Ruiz"}).text == "Ana Ruiz|strength");
    CHECK(seed_for(Purpose::Pitch, {"Ana Ruiz", "Stripe"}).text == "Ana Ruiz|Stripe");
    CHECK(seed_for(Purpose::DesignQuestion, {"r3"}).text == "r3|design");
    CHECK(seed_for(Purpose::Strength, {"Ana"}).about("kafka").text == "Ana|strengthkafka");
    // Two purposes with the same inputs do not share a seed when their labels differ.
    CHECK(seed_for(Purpose::Gap, {"Ana"}).text != seed_for(Purpose::Strength, {"Ana"}).text);
    const Seed s = seed_for(Purpose::QuestionBank, {"Ana", "Stripe", "SRE"});
    CHECK(s.pick(7) == seed_for(Purpose::QuestionBank, {"Ana", "Stripe", "SRE"}).pick(7));
    CHECK(s.pick(7) < 7);
    CHECK(s.rank("q1") == seed_for(Purpose::QuestionBank, {"Ana", "Stripe", "SRE"}).rank("q1"));
    CHECK(s.rank("q1") != s.rank("q2"));
}

namespace {

Knowledge phrasing_kb() {
    Knowledge kb;
    kb.phrasing["greet"] = {"Hello {name}, welcome aboard.", "Good to meet you, {name}, welcome.",
                            "Welcome to the team, {name}, glad you came."};
    kb.phrasing["one"] = {"The only way to say this sentence."};
    return kb;
}

}  // namespace

TEST_CASE("prose writer: say picks by a stable hash of key and seed") {
    const Knowledge kb = phrasing_kb();
    ProseWriter a(kb), b(kb);
    const Seed seed = seed_for(Purpose::Pitch, {"Ana", "Stripe"});
    const Rich first = a.say("greet", seed, {{"name", "Ana"}});
    CHECK(first == b.say("greet", seed, {{"name", "Ana"}}));
    CHECK(first == a.say("greet", seed, {{"name", "Ana"}}));  // say may repeat itself
    // Across many seeds every variant gets chosen: the seed does choose.
    std::set<std::string> seen;
    for (int i = 0; i < 40; ++i)
        seen.insert(rich_to_plain(a.say("greet", seed_for(Purpose::Pitch, {std::to_string(i)}), {{"name", "Ana"}})));
    CHECK(seen.size() == 3);
    CHECK(a.problems().empty());
}

TEST_CASE("prose writer: fresh never says a sentence the document already says") {
    const Knowledge kb = phrasing_kb();
    ProseWriter w(kb);
    const Seed seed = seed_for(Purpose::Strength, {"Ana"});
    std::set<std::string> said;
    for (int i = 0; i < 3; ++i) {
        const std::string s = rich_to_plain(w.fresh("greet", seed, {{"name", "Ana"}}));
        REQUIRE(!s.empty());
        CHECK(said.insert(s).second);
    }
    CHECK(w.fresh("greet", seed, {{"name", "Ana"}}).empty());  // every variant said
    // One ledger for every writer of the document: a sentence claimed anywhere is not fresh anywhere.
    CHECK(w.said("Hello Ana, welcome aboard."));
    CHECK_FALSE(w.said("The only way to say this sentence."));
    ProseWriter other(kb);
    CHECK(other.claim("The only way to say this sentence."));
    CHECK(other.fresh("one", seed_for(Purpose::Gap, {"Ana"})).empty());
    CHECK_FALSE(other.claim("the only way to say THIS sentence!"));
}

TEST_CASE("prose writer: next moves on one variant per use of a key, seed and topic") {
    const Knowledge kb = phrasing_kb();
    ProseWriter w(kb);
    const Seed seed = seed_for(Purpose::GapScripts, {"Ana", "SRE"});
    std::set<std::string> seen;
    for (int i = 0; i < 3; ++i) seen.insert(rich_to_plain(w.next("greet", seed, {{"name", "Ana"}})));
    CHECK(seen.size() == 3);
    // Another topic starts its own rotation; another purpose with the same seed text too.
    ProseWriter fresh(kb);
    CHECK(w.next_index("greet", seed, "other") == fresh.next_index("greet", seed, "other"));
    Seed same_text = seed;
    same_text.purpose = Purpose::CheatGapAnswer;
    ProseWriter start(kb);
    CHECK(w.next_index("greet", same_text) == start.next_index("greet", seed));
}

TEST_CASE("prose writer: a missing key or an unfilled slot is a reported problem") {
    const Knowledge kb = phrasing_kb();
    ProseWriter w(kb);
    const Seed seed = seed_for(Purpose::Pitch, {"Ana"});
    // "remember" is a key the engine asks for (knowledge/phrasing_keys.h) that this knowledge base lacks.
    CHECK(rich_to_plain(w.say("remember", seed)) == "{remember}");
    REQUIRE(w.problems().size() == 1);
    CHECK(w.problems()[0] == "remember: no such phrasing key");
    // A name the engine never asks for is a mistyped key: loud, never an empty sentence.
    CHECK_THROWS_AS(w.say("remembr", seed), std::logic_error);
    CHECK(w.problems().size() == 1);
    CHECK(rich_to_plain(w.say("greet", seed)).find("{name}") != std::string::npos);
    REQUIRE(w.problems().size() == 2);
    CHECK(w.problems()[1] == "greet: slot {name} has no value");
    w.fill("Hi {name}.", {{"name", ""}});
    CHECK(w.problems().size() == 3);
}

TEST_CASE("an optional slot may be empty without a problem") {
    const FilledTemplate f = fill_slots("Lead with {metric_lead}{metric}.",
                                        {{"metric_lead", optional_slot("")}, {"metric", {"38%", SpanKind::Fact}}});
    CHECK(f.missing.empty());
    CHECK(rich_to_plain(f.text) == "Lead with 38%.");
}

TEST_CASE("prose writer: next_fillable skips variants whose slots cannot be filled") {
    Knowledge kb;
    kb.phrasing["ask"] = {"How does {team} work?", "What does success look like?", "Who is on {team}?"};
    ProseWriter w(kb);
    const Seed seed = seed_for(Purpose::QuestionsToAsk, {"Ana", "Stripe"});
    for (int k = 0; k < 3; ++k) {
        const auto i = w.next_fillable("ask", seed, {});
        REQUIRE(i);
        CHECK(*i == 1);  // the only variant without {team}
    }
    Knowledge none;
    none.phrasing["ask"] = {"How does {team} work?"};
    ProseWriter n(none);
    CHECK_FALSE(n.next_fillable("ask", seed, {}));
    CHECK(n.next_fillable("ask", seed, {{"team", "Payments"}}) == std::optional<size_t>(0));
}
