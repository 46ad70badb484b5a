#include "compose/compose.h"

#include "analyze/analysis.h"
#include "compose/ask.h"
#include "compose/cheat_sheet.h"
#include "compose/gap_scripts.h"
#include "compose/pitch.h"
#include "compose/plan.h"
#include "compose/priority.h"
#include "compose/questions.h"
#include "compose/stories.h"

namespace ip {

const std::vector<ComposeStep>& compose_steps() {
    using P = ComposedPart;
    static const std::vector<ComposeStep> steps = {
        {P::Stories, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.stories = write_stories(in.kb, doc, in.a, ph);
         }},
        {P::StoryTemplate, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter&) {
             doc.story_template = write_story_template(in.kb, in.a);
         }},
        {P::Pitch, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.pitch = write_pitch(in.kb, doc, in.a, in.news, ph);
         }},
        // Prep notes point at stories.
        {P::Questions, {P::Stories}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.questions = write_questions(in.kb, doc, in.a, ph);
         }},
        {P::GapScripts, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             write_gap_scripts(in.kb, doc, in.a, ph);
         }},
        {P::QuestionsToAsk, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.questions_to_ask = write_questions_to_ask(in.kb, doc, in.a, ph);
         }},
        {P::Plan, {}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.plan = write_plan(in.kb, doc, in.a, ph);
         }},
        // The cheat sheet quotes the pitch, the stories and their questions, the first gap script, the
        // first curveball and the best questions to ask.
        {P::CheatSheet, {P::Pitch, P::Stories, P::Questions, P::GapScripts, P::QuestionsToAsk},
         [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             doc.cheat_sheet = write_cheat_sheet(in.kb, doc, in.a, ph);
         }},
        // The priority names the story titles.
        {P::Priority, {P::Stories}, [](const ComposeInputs& in, Playbook& doc, ProseWriter& ph) {
             write_priority(doc, in.a, ph);
         }},
    };
    return steps;
}

void compose_playbook(const Knowledge& kb, const std::string& news, const Analysis& a, Playbook& doc, ProseWriter& ph) {
    const ComposeInputs in{kb, news, a};
    for (const ComposeStep& step : compose_steps()) step.run(in, doc, ph);
}

}  // namespace ip
