// Resume lines in the candidate's own voice for scripts, plans and questions:
// the verbs in the first person, the rest quoted verbatim as a fact span.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "model/rich_text.h"

namespace ip {

// Drops words a cut phrase must not end on ("... such as", "... at").
std::string trim_dangling(const Knowledge& kb, std::string s);

// A verbatim excerpt (see analyze/quote.h) that does not stop inside a clause:
// "..., reducing" loses its dangling ", reducing" rather than printing half a result.
std::string clause_excerpt(const Knowledge& kb, const std::string& text, size_t max_chars);

// What follows "I": "designed and built " (plain) + "distributed microservices
// handling 500K+ requests/second" (fact); "manage " + "2 teams ..." for a line
// in the present tense; "served as " + "Tech lead for ..." for a line that
// names a role. Any other line is quoted whole after "did this: ".
Rich achievement(const Knowledge& kb, const BulletRef& b, size_t max_chars = 140);

// True when the line opens with an action verb, so achievement() reads "I <verb> ...".
bool speaks_as_action(const Knowledge& kb, const BulletRef& b);
// True when "I " + achievement() is a sentence: an action verb or a role ("served as ...").
bool speaks_in_first_person(const Knowledge& kb, const BulletRef& b);

// "You designed and built" + fact: the line as an interviewer would quote it back.
Rich you_achieved(const Knowledge& kb, const BulletRef& b, size_t max_chars = 110);

// Where the line comes from: the employer (fact), or "the " + project name (fact) + " project".
Rich employer_ref(const BulletRef& b);

// The lines that prove the candidate's strengths: the evidence of fit.strengths
// first, then the highest-impact lines (there may be fewer strengths than `n`,
// or none for a job in another field), at most `n`, no line twice.
std::vector<const BulletRef*> strength_bullets(const Playbook& doc, const Analysis& a, size_t n);

// The strongest number in the line as written, or empty.
std::string strongest_metric(const BulletRef& b);

}  // namespace ip
