// The one-page interview-day cheat sheet, drawn from the rest of the document.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

CheatSheet write_cheat_sheet(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
