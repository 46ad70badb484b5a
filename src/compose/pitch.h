// "Tell me about yourself": the 30-second and 2-minute pitches, why this
// company, why this role, delivery tips. In the candidate's voice ("I led ...").
#pragma once
#include <string>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

Pitch write_pitch(const Knowledge& kb, const Playbook& doc, const Analysis& a, const std::string& news,
                  ProseWriter& ph);

}  // namespace ip
