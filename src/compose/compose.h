// Writing the playbook: strengths and gaps, the JD decoded, hidden priorities,
// likely mistakes, the requirement table, pitches, stories, questions, gap
// scripts, curveballs, questions to ask, the 30/60/90 plan, the cheat sheet
// and the prep priority.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "analyze/score.h"
#include "knowledge/knowledge.h"
#include "knowledge/prose_writer.h"
#include "model/playbook.h"

namespace ip {

// The parts of the document compose writes, one writer each.
enum class ComposedPart {
    InterviewProcess,
    FitLabel,
    FitRationale,
    Strengths,
    Gaps,
    ThingsToSettle,
    CandidacyRisks,
    FitSummary,
    Decode,
    HiddenPriorities,
    RequirementTable,
    Mistakes,
    Stories,
    StoryTemplate,
    Pitch,
    Questions,
    GapScripts,
    QuestionsToAsk,
    Plan,
    CheatSheet,
    Priority
};

struct ComposeInputs {
    const Knowledge& kb;
    const std::string& news;
    const Analysis& a;
    const ScoreFacts& score;
};

// One writer: the part it writes and the parts it reads, which the writers
// before it in compose_steps() must have written.
struct ComposeStep {
    ComposedPart writes;
    std::vector<ComposedPart> reads;
    void (*run)(const ComposeInputs& in, Playbook& doc, ProseWriter& ph);
};

// The writers in the order compose_playbook runs them.
const std::vector<ComposeStep>& compose_steps();

// Reads doc.candidate, doc.job, doc.fit's scores, doc.company (filled by
// analyze) and fills fit.label, fit.rationale, fit.strengths, fit.gaps, fit.to_settle, fit.risks, fit.summary,
// fit.requirements, decode, hidden_priorities, mistakes, pitch, stories,
// questions, gap_scripts, curveballs, recovery_steps, questions_to_ask, plan,
// cheat_sheet, fit.priority and the prep paths.
// `news` is the user's optional note about recent company news; `a` is doc's
// analysis (build_analysis), the one analyze_fit read; `score` is what
// analyze_fit returned; `ph` is the document's
// phrasing, the one analyze_fit wrote with.
void compose_playbook(const Knowledge& kb, const std::string& news, const Analysis& a, const ScoreFacts& score,
                      Playbook& doc, ProseWriter& ph);

}  // namespace ip
