// The text linter: reads a generated playbook the way a careful editor would
// and reports what a sharp coach would never write — template debris, a/an
// errors, doubled words, spaces and periods, sentences that start lower-case, a
// sentence repeated elsewhere in the document, "facts" that are not in the
// user's documents, stories on bullets that do not exist or share an anchor,
// and "you" inside the candidate's own pitch.
#pragma once
#include <string>
#include <vector>

#include "pipeline/generate.h"

namespace ip::test {

struct LintFinding {
    std::string rule;  // debris|article|doubled_word|doubled_space|doubled_period|capital|repeated|fact|anchor|anchor_shared|second_person
    std::string where; // document path: "questions[3].great[1]"
    std::string text;  // the offending text, shortened
};

std::vector<LintFinding> lint_playbook(const GenerateResult& r);

}  // namespace ip::test
