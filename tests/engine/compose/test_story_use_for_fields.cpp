// A story's "use it for" list names questions this interview may ask: the
// shared bank's and the job family's own, never another field's (a software
// engineer is not asked about a clinical error, nor a teacher about a lost deal).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "analyze/role_family.h"
#include "compose_cases.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

void check_use_for(const GenerateResult& r, const std::string& family) {
    REQUIRE(r.ok);
    const Knowledge& kb = knowledge();
    size_t listed = 0;
    for (const Story& s : r.doc.stories)
        for (const std::string& text : s.use_for) {
            INFO(family << ": " << text);
            const auto q = std::find_if(kb.questions.begin(), kb.questions.end(),
                                        [&](const QuestionDef& d) { return d.text == text; });
            REQUIRE(q != kb.questions.end());
            const bool asked_here = std::count(q->families.begin(), q->families.end(), "any") > 0 ||
                                    std::count(q->families.begin(), q->families.end(), family) > 0;
            CHECK(asked_here);
            ++listed;
        }
    CHECK(listed >= 3);
}

}  // namespace

TEST_CASE("stories: across fields, use-it-for lists only the job field's or shared questions") {
    check_use_for(seed_playbook(), "software");
    check_use_for(sales_playbook(), "sales");
    const GenerateResult teacher = generate_fixture("resumes/laura-mitchell.txt",
                                                    "jobs/cedar-ridge-science-teacher.txt");
    check_use_for(teacher, "teaching");
    const GenerateResult nurse_for_software = generate_fixture("resumes/dana-whitfield.txt",
                                                               "jobs/seed-amazon-sde2.txt");
    check_use_for(nurse_for_software, "software");
}
