// The ten sections of the playbook screen, one drawing function each, in
// the order and with the titles of the HTML report (render/wording.h).
#pragma once
#include "app/ui.h"
#include "model/playbook.h"

namespace ip::app {

void draw_prep_starts_here(Ui& ui, const Playbook& doc);  // 1
void draw_where_you_stand(Ui& ui, const Playbook& doc);   // 2
void draw_what_they_want(Ui& ui, const Playbook& doc);    // 3
void draw_your_pitch(Ui& ui, const Playbook& doc);        // 4
void draw_stories(Ui& ui, const Playbook& doc);           // 5
void draw_questions(Ui& ui, const Playbook& doc);         // 6
void draw_scripts(Ui& ui, const Playbook& doc);           // 7
void draw_questions_to_ask(Ui& ui, const Playbook& doc);  // 8
void draw_handout(Ui& ui, const Playbook& doc);           // 9
void draw_cheat_sheet(Ui& ui, const Playbook& doc);       // 10

// Draws section `index` (0-9).
void draw_section(Ui& ui, const Playbook& doc, int index);

// A quiet note where a part of the document is empty.
void empty_note(Ui& ui, const char* text);

}  // namespace ip::app
