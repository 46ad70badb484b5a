// The small pieces of wording compose builds its sentences from, in the
// words of assets/phrasing/compose.json ("voice.*"): a resume line in the
// second person, the words before a metric, the candidate's years, the role.
// Analysis gives the facts (the bullet, the metric, the years, the title);
// these say them.
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/slot_template.h"
#include "model/rich_text.h"

namespace ip {

// "you designed" (plain) + " and built distributed microservices ..." (fact):
// the bullet in second person without altering the quoted words; "your resume
// says "..."" when it does not open with a known verb.
Rich you_did(const Knowledge& kb, const BulletRef& b, size_t max_chars = 110);

// Slots {metric_lead}{metric} for "Lead with ...": our words ("the change ",
// "the ") in a plain span, the verbatim metric as a fact.
SlotValues metric_slots(const Knowledge& kb, const std::string& metric);

// The candidate's years as they will say them: the resume's own total ("12+
// years", a fact span), else the count from the dates ("9 years", plain);
// empty text under one year.
Span years_said(const Knowledge& kb, const Candidate& c);

// The job title without a trailing team name ("Software Development Engineer
// II, Search & Discovery" -> "Software Development Engineer II"); "this role" if none.
std::string role_name(const Knowledge& kb, const Job& job);

}  // namespace ip
