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

void compose_playbook(const Knowledge& kb, const std::string& news, const Analysis& a, Playbook& doc) {
    // Order matters: questions point at stories, the cheat sheet quotes both.
    doc.stories = write_stories(kb, doc, a);
    doc.story_template = write_story_template(kb, a);
    doc.pitch = write_pitch(kb, doc, a, news);
    doc.questions = write_questions(kb, doc, a);
    write_gap_scripts(kb, doc, a);
    doc.questions_to_ask = write_questions_to_ask(kb, doc, a);
    doc.plan = write_plan(kb, doc, a);
    doc.cheat_sheet = write_cheat_sheet(kb, doc, a);
    write_priority(kb, doc, a);
}

}  // namespace ip
