// Questions built on this candidate's resume and this JD, rather than taken
// from the bank: deep dives on a story's own line ("You cut p99 latency by
// 38%. Walk me through how you found the bottleneck."), a design question on
// the team's own brief, how they would approach a responsibility, and why
// this team.
#pragma once
#include <optional>

#include "analyze/analysis.h"
#include "compose/question_draft.h"
#include "knowledge/prose_writer.h"

namespace ip {

// A deep dive on the bullet a story is anchored on; `kind` is the story's theme.
QuestionDraft resume_question(const Knowledge& kb, const Playbook& doc, const Analysis& a, const Story& story,
                              const std::string& kind, QuestionCategory category, ProseWriter& ph);

// "Design the core of <JD responsibility> for <team>".
QuestionDraft jd_design_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                 const RequirementAssessment& line, ProseWriter& ph);

// "How would you approach <JD line> in your first months?"
QuestionDraft jd_approach_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                   const RequirementAssessment& line, QuestionCategory category, ProseWriter& ph);

// "Why <team>?" from the JD's team name or its about paragraph; nullopt when it has neither.
std::optional<QuestionDraft> jd_team_question(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                              QuestionCategory category, ProseWriter& ph);

}  // namespace ip
