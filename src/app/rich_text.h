// Rich text on the playbook screen: the document's spans wrapped into lines,
// each provenance with its own mark -- facts from the resume underlined in
// teal, drafts to verify with a dotted amber line, blanks as violet pills
// that open an answer field in place, the user's answers in green. Answers
// are stored in ui.answers (keyed by `scope` and the blank's prompt).
#pragma once
#include <string>

#include "app/ui.h"
#include "model/rich_text.h"

namespace ip::app {

struct RichStyle {
    ImFont* font = nullptr;    // regular text (default: body)
    ImFont* bold = nullptr;    // "strong" spans (default: label)
    ImU32 color = 0;           // default: palette text
    float line_height = 1.5f;  // times the font size
};

// Draws `text` wrapped at ui.width(). `id` must be unique within the current
// ImGui id scope. Blanks are buttons (mouse, touch, keyboard).
void rich_text(Ui& ui, const char* id, const Rich& text, const std::string& scope, const RichStyle& style = {});

// The legend for the marks, as one wrapping row.
void rich_legend(Ui& ui);

}  // namespace ip::app
