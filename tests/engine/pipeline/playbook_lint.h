// The text linter: reads a generated playbook the way a careful editor would
// and reports what a sharp coach would never write — template debris, a/an
// errors, doubled words, spaces and periods, sentences that start lower-case, a
// sentence repeated elsewhere in the document, "facts" that are not in the
// user's documents, stories on bullets that do not exist or share an anchor,
// "you" inside the candidate's own pitch; and what would cost the interview:
// a confessed weakness or a pasted job-description line in words said or
// handed to the interviewer, an empty slot, text cut with "…", another
// field's register (assets/register.json) in the engine's own words, a story
// sentence the engine invented that is not marked as a draft, a resume line
// said as "I worked on <Verb>...", and a resume fact cut inside a number.
#pragma once
#include <string>
#include <vector>

#include "pipeline/generate.h"

namespace ip::test {

struct LintFinding {
    std::string
        rule;  // debris|article|doubled_word|doubled_space|doubled_period|capital|repeated|fact|anchor|anchor_shared|
               // second_person|confession|empty_slot|pasted_jd|ellipsis|register|undrafted|voice|cut_fact
    std::string where;  // document path: "questions[3].great[1]"
    std::string text;   // the offending text, shortened
};

std::vector<LintFinding> lint_playbook(const GenerateResult& r);

}  // namespace ip::test
