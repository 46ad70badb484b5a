#include "compose/compose.h"

#include "analyze/analysis.h"
#include "compose/ask.h"
#include "compose/candidacy_risks.h"
#include "compose/cheat_sheet.h"
#include "compose/decode.h"
#include "compose/fit_rationale.h"
#include "compose/fit_summary.h"
#include "compose/gap_scripts.h"
#include "compose/insights.h"
#include "compose/interview_rounds.h"
#include "compose/pitch.h"
#include "compose/plan.h"
#include "compose/priority.h"
#include "compose/questions.h"
#include "compose/requirement_notes.h"
#include "compose/stories.h"
#include "compose/strengths_gaps.h"
#include "compose/things_to_settle.h"

namespace ip {

const std::vector<ComposeStep>& compose_steps() {
    using P = ComposedPart;
    static const std::vector<ComposeStep> steps = {
        // The company section's interview process with the job family's rounds.
        {P::InterviewProcess,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             if (auto rounds = family_interview_process(in.kb, doc, in.a, ph); !rounds.empty())
                 doc.company.process = std::move(rounds);
         }},
        // Sections 2-3: the score's band in words, why each sub-score is what it is, the fit's strengths and
        // gaps, the summary names them.
        {P::FitLabel,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.label = fit_label(doc, in.score.band, ph);
         }},
        {P::FitRationale,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.rationale = write_fit_rationale(in.kb, doc, in.a, in.score, ph);
         }},
        {P::Strengths,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.strengths = pick_strengths(in.kb, doc, in.a, ph);
         }},
        {P::Gaps,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.gaps = pick_gaps(in.kb, doc, in.a, ph);
         }},
        {P::ThingsToSettle,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.to_settle = things_to_settle(doc, in.a, ph);
         }},
        // Reads fit.basis (analyze) for how far the fields are apart.
        {P::CandidacyRisks,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.risks = write_candidacy_risks(in.kb, doc, in.a, ph);
         }},
        {P::FitSummary,
         {P::FitLabel, P::Strengths, P::Gaps},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) { doc.fit.summary = fit_summary(doc, in.a, ph); }},
        {P::Decode,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.decode = decode_job(in.kb, doc, in.a, ph);
         }},
        {P::HiddenPriorities,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.hidden_priorities = hidden_priorities(in.kb, doc, in.a, ph);
         }},
        {P::RequirementTable,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.fit.requirements = requirement_table(in.kb, doc, in.a, ph);
         }},
        {P::Mistakes,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.mistakes = likely_mistakes(in.kb, doc, in.a, ph);
         }},
        {P::Stories,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.stories = write_stories(in.kb, doc, in.a, ph);
         }},
        {P::StoryTemplate,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter&) {
             doc.story_template = write_story_template(in.kb, in.a);
         }},
        {P::Pitch,
         {},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.pitch = write_pitch(in.kb, doc, in.a, in.news, ph);
         }},
        // Prep notes point at stories.
        {P::Questions,
         {P::Stories},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.questions = write_questions(in.kb, doc, in.a, ph);
         }},
        // One script per gap the fit names.
        {P::GapScripts,
         {P::Gaps},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) { write_gap_scripts(in.kb, doc, in.a, ph); }},
        // The hiring manager hears about the first gap.
        {P::QuestionsToAsk,
         {P::Gaps},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.questions_to_ask = write_questions_to_ask(in.kb, doc, in.a, ph);
         }},
        // The background that shortens the ramp comes from the strengths.
        {P::Plan,
         {P::Strengths},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) { doc.plan = write_plan(in.kb, doc, in.a, ph); }},
        // The cheat sheet quotes the pitch, the strengths, the stories and their questions, the first gap and
        // its script, the first curveball and the best questions to ask.
        {P::CheatSheet,
         {P::Pitch, P::Strengths, P::Gaps, P::Stories, P::Questions, P::GapScripts, P::QuestionsToAsk},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.cheat_sheet = write_cheat_sheet(in.kb, doc, in.a, ph);
         }},
        // The priority names the serious risks, the gaps, the strength to lean on and the story titles.
        {P::Priority,
         {P::CandidacyRisks, P::Gaps, P::Strengths, P::Stories},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) { write_priority(in.kb, doc, in.a, ph); }},
    };
    return steps;
}

void compose_playbook(const Knowledge& kb, const std::string& news, const Analysis& a, const ScoreFacts& score,
                      Playbook& doc, ProseWriter& ph) {
    const ComposeInputs in{kb, news, a, score};
    for (const ComposeStep& step : compose_steps()) step.run(in, doc, ph);
}

}  // namespace ip
