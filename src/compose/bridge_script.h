// The bridge script for one gap: acknowledge it, pivot to the closest thing
// the candidate has done, give the evidence in their own words (a fact span),
// say how they are closing it, and close. Kept in parts so the cheat sheet
// can carry the short version (acknowledge + evidence).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "knowledge/prose_writer.h"

namespace ip {

struct BridgeScript {
    std::string gap;  // noun phrase for the gap: "cross-team leadership"
    const BulletRef* evidence_bullet = nullptr;
    Rich acknowledge, pivot, evidence, growth, close;
    Rich why_probe;
    std::vector<std::string> verify;

    Rich script() const;
    Rich short_version() const;  // acknowledge + evidence
};

// Phrasing comes from `ph` in rotation from `seed`, so the scripts of one
// document do not repeat each other's sentences; lines in `avoid` (bullet ids,
// the evidence of earlier scripts) are used again only when nothing else is close.
BridgeScript build_bridge(const Knowledge& kb, const Playbook& doc, const Analysis& a, const RequirementAssessment& gap,
                          ProseWriter& ph, const Seed& seed, const std::set<std::string>& avoid = {});

// The gap as a noun phrase for prose: "data structures and algorithms",
// "cross-team leadership", "Kafka". Generic skill names are lower-cased,
// product names keep their spelling.
std::string gap_noun(const Knowledge& kb, const RequirementAssessment& gap);

// Ranked gaps that get a script: the ones fit.gaps names, in its order.
std::vector<const RequirementAssessment*> scripted_gaps(const Playbook& doc, const Analysis& a);

}  // namespace ip
