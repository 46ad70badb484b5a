// The question banks of the role families whose work is not software (issue
// 17): each has at least forty questions written for it, enough of every
// category its question mix asks for, and no coding rounds.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "knowledge/knowledge.h"
#include "test_support.h"

using namespace ip;

namespace {

const char* const kFieldFamilies[] = {"design",     "sales",      "marketing",  "customer_success", "finance",
                                      "operations", "consulting", "healthcare", "teaching"};

}  // namespace

TEST_CASE("every field family has a bank of at least forty questions of its own") {
    const Knowledge& kb = test::knowledge();
    for (const char* id : kFieldFamilies) {
        INFO(id);
        const RoleFamily* family = kb.role(id);
        REQUIRE(family != nullptr);
        CHECK(family->question_mix.count(QuestionCategory::Coding) == 0);
        std::map<QuestionCategory, int> own;  // category -> questions that list this family
        int total = 0;
        for (const QuestionDef& q : kb.questions)
            for (const std::string& f : q.families)
                if (f == id) {
                    ++own[q.category];
                    ++total;
                }
        CHECK(total >= 40);
        // A playbook can fill every slot of the mix from the field's own questions.
        for (const auto& [category, wanted] : family->question_mix) {
            INFO(name_of(category));
            CHECK(own[category] >= wanted);
        }
    }
}

TEST_CASE("field banks hold at least 360 questions in all") {
    const Knowledge& kb = test::knowledge();
    int total = 0;
    for (const QuestionDef& q : kb.questions)
        for (const char* id : kFieldFamilies)
            for (const std::string& f : q.families)
                if (f == id) ++total;
    CHECK(total >= 360);
}
