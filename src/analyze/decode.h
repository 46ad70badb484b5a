// "What they said / what they mean / how you show it" for the most telling JD lines.
#pragma once
#include "analyze/analysis.h"
#include "core/prose_ledger.h"

namespace ip {

std::vector<DecodeRow> decode_job(const Knowledge& kb, const Playbook& doc, const Analysis& a, ProseLedger& ledger);

}  // namespace ip
