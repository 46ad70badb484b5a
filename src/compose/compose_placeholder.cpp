// Placeholder until ... lands: stand-ins for the composer parts not written yet.
// Each part's owner deletes its function from here when the real one exists.
#include "compose/ask.h"
#include "compose/cheat_sheet.h"
#include "compose/gap_scripts.h"
#include "compose/pitch.h"
#include "compose/plan.h"
#include "compose/priority.h"
#include "compose/questions.h"
#include "compose/stories.h"

namespace ip {

std::vector<Question> write_questions(const Knowledge&, const Playbook&, const Analysis&) { return {}; }
void write_gap_scripts(const Knowledge&, Playbook&, const Analysis&) {}
QuestionsToAsk write_questions_to_ask(const Knowledge&, const Playbook&, const Analysis&) { return {}; }
Plan write_plan(const Knowledge&, const Playbook&, const Analysis&) { return {}; }
CheatSheet write_cheat_sheet(const Knowledge&, const Playbook&, const Analysis&) { return {}; }
void write_priority(const Knowledge&, Playbook&, const Analysis&) {}

}  // namespace ip
