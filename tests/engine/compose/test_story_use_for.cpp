// A story's "use it for" list names bank questions the candidate may really be
// asked: behavioral questions written for the job's family or for any family,
// never another field's (a sales playbook has no question about on-call), and
// none written only for other levels (a junior analyst is not asked how they
// raised the quality of their team's analysis).
#include <catch2/catch.hpp>

#include <algorithm>

#include "compose/question_bank.h"
#include "compose_cases.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

// The behavioral bank question with this text, or null.
const QuestionDef* behavioral_with_text(const std::string& text) {
    for (const QuestionDef& q : knowledge().questions)
        if (q.category == QuestionCategory::Behavioral && q.text == text) return &q;
    return nullptr;
}

bool lists(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

const GenerateResult& junior_analyst_playbook() {
    static const GenerateResult r = generate_fixture("resumes/tomas-herrera.json",
                                                     "jobs/mckinsey-business-analyst.txt");
    return r;
}

}  // namespace

TEST_CASE("stories: use-for questions come from the job family's bank or the shared one, at the job's level") {
    const std::vector<std::pair<const GenerateResult*, std::string>> cases = {
        {&seed_playbook(), "software"},
        {&product_playbook(), "product"},
        {&sales_playbook(), "sales"},
        {&junior_analyst_playbook(), "data_science"}};
    for (const auto& [r, family] : cases) {
        INFO(family);
        REQUIRE(r->ok);
        REQUIRE(r->doc.job.level);
        const std::string level = bank_level(*r->doc.job.level);
        size_t listed = 0;
        for (const Story& s : r->doc.stories)
            for (const std::string& text : s.use_for) {
                INFO(s.id << ": " << text);
                const QuestionDef* q = behavioral_with_text(text);
                REQUIRE(q != nullptr);
                CHECK((lists(q->families, family) || lists(q->families, "any")));
                CHECK((q->levels.empty() || lists(q->levels, level)));
                ++listed;
            }
        CHECK(listed >= 3);
    }
}
