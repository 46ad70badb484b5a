// Rich text as HTML. Provenance marks: a fact is underlined solid, a draft is
// italic with a dotted underline, a fill-in is a bracketed box; each is told
// apart by shape, so the marks survive black-and-white printing.
#pragma once
#include <string>
#include <vector>

#include "model/rich_text.h"

namespace ip {

enum class RichMarks {
    Provenance,  // fact and draft styled (the report)
    Clean,       // fact and draft as plain text; fill-ins stay boxed (the leave-behind)
};

std::string rich_html(const Rich& text, RichMarks marks = RichMarks::Provenance);
// One fill-in box, "[text]".
std::string fill_html(const std::string& text);
// A verbatim quote from the resume or job description, styled as a fact.
std::string fact_html(const std::string& text);

bool rich_is_blank(const Rich& text);

}  // namespace ip
