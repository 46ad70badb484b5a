// The one-page handout as an HTML fragment, shared by the standalone handout
// and section 9 of the report.
#pragma once
#include <string>

#include "model/playbook.h"
#include "render/rich_html.h"

namespace ip {

// A <div class="handout"> block. Lists are capped so the page fits one sheet
// of A4 or US Letter.
std::string handout_fragment(const Playbook& doc, RichMarks marks);

}  // namespace ip
