// How much a piece of a resume header line looks like a job title or like
// an employer: the evidence that tells "Title — Company" from
// "Company — Title". The words are kb.words' "titles" lists (assets/words.json).
#pragma once
#include <string>

#include "knowledge/knowledge.h"

namespace ip {

// 0 when nothing in `text` reads as a job title; higher for "Senior Software Engineer".
int title_score(const Knowledge& kb, const std::string& text);
// 0 when nothing reads as an organisation; higher for "Acme Corp", a known company, "University of X".
int organization_score(const Knowledge& kb, const std::string& text);
// The same from the words alone ("Inc.", "Labs", "University"), without the company lookup.
int organization_word_score(const Knowledge& kb, const std::string& text);
// True for schools: "University of Washington", "Wellesley College", "Kelley School of Business".
bool is_institution(const Knowledge& kb, const std::string& text);

}  // namespace ip
