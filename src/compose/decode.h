// "What they said / what they mean / how you show it" for the most telling JD lines.
#pragma once
#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

std::vector<DecodeRow> decode_job(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseWriter& ph);

}  // namespace ip
