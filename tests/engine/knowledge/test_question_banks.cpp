// The size and variety of the shipped question banks (issue 17): every role
// family has a bank of its own, and no question is asked twice under two ids.
#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <string>

#include "knowledge/knowledge.h"
#include "test_support.h"

using namespace ip;

namespace {

// The questions written for a family: those that list it first (a question
// borrowed from a neighbour lists it later). The fallback family's playbooks
// draw every bank question they do not own from the questions written for any
// family, so those count toward its bank.
size_t bank_size(const Knowledge& kb, const RoleFamily& family) {
    size_t n = 0;
    for (const QuestionDef& q : kb.questions) {
        const std::string& first = q.families.front();
        if (first == family.id || (family.fallback && first == "any")) ++n;
    }
    return n;
}

// Lower-case letters and digits, every other run of characters one space,
// cut to 60 characters: "Design a URL shortener." and "design a URL-shortener"
// read the same to a candidate.
std::string text_key(const std::string& text) {
    std::string key;
    bool gap = false;
    for (unsigned char c : text) {
        if (std::isalnum(c)) {
            if (gap && !key.empty()) key += ' ';
            key += static_cast<char>(std::tolower(c));
            gap = false;
        } else {
            gap = true;
        }
        if (key.size() >= 60) break;
    }
    return key.substr(0, 60);
}

}  // namespace

TEST_CASE("question banks: the normalised text key ignores case and punctuation and stops at 60 characters") {
    CHECK(text_key("Design a URL shortener.") == text_key("design a  URL-shortener"));
    CHECK(text_key("Tell me about a time you failed.") != text_key("Tell me about a time you led."));
    CHECK(text_key(std::string(70, 'a') + " one") == text_key(std::string(70, 'a') + " two"));
    CHECK(text_key(std::string(70, 'a')).size() == 60);
}

// Fails until every family's bank is written; the lead merges the tech and
// non-tech bank branches before this runs.
TEST_CASE("question banks: every role family has at least 40 questions written for it", "[bank-size]") {
    const Knowledge& kb = test::knowledge();
    REQUIRE(kb.roles.size() >= 12);
    for (const RoleFamily& role : kb.roles) {
        INFO(role.id);
        CHECK(bank_size(kb, role) >= 40);
    }
    CHECK(kb.questions.size() >= 800);
}

TEST_CASE("question banks: no two questions share the same or nearly the same text") {
    const Knowledge& kb = test::knowledge();
    std::map<std::string, std::string> first_with_key;  // text key -> question id
    for (const QuestionDef& q : kb.questions) {
        const auto [it, fresh] = first_with_key.emplace(text_key(q.text), q.id);
        INFO(q.id << " reads like " << it->second << ": " << q.text);
        CHECK(fresh);
    }
    CHECK(first_with_key.size() == kb.questions.size());
}
