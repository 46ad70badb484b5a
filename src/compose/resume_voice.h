// Resume lines in the candidate's own voice for scripts, plans and questions:
// the verbs in the first person, the rest quoted verbatim as a fact span.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "model/rich_text.h"

namespace ip {

// What follows "I": "designed and built " (plain) + "distributed microservices
// handling 500K+ requests/second" (fact). A line that does not start with a
// known verb is quoted whole after "did this: ".
Rich achievement(const Knowledge& kb, const BulletRef& b, size_t max_chars = 110);

// "You designed and built" + fact: the line as an interviewer would quote it back.
Rich you_achieved(const Knowledge& kb, const BulletRef& b, size_t max_chars = 110);

// Where the line comes from: the employer (fact), or "the " + project name (fact) + " project".
Rich employer_ref(const BulletRef& b);

// The strongest number in the line as written, or empty.
std::string strongest_metric(const BulletRef& b);

}  // namespace ip
