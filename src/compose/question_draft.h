// A likely question before it gets its id, story pointer and practice prompt.
#pragma once
#include <string>
#include <vector>

#include "model/question_category.h"
#include "model/rich_text.h"

namespace ip {

struct QuestionDraft {
    QuestionCategory category = QuestionCategory::Behavioral;
    std::string source;  // company|role|jd|resume
    Rich text;
    Rich really_asking;
    std::vector<Rich> great;
    std::vector<Rich> red_flags;
    Rich advice;                      // how to prepare, after the story pointer
    std::vector<std::string> themes;  // for matching a story
    std::string story;                // the story the question was built on, if any
    std::string value;                // the company value it tests, if any
    std::string round;                // the bank question's round id, if it names one
};

}  // namespace ip
