#include "compose/gap_scripts.h"

#include "compose/bridge_script.h"
#include "compose/curveballs.h"
#include "knowledge/prose_writer.h"

namespace ip {

void write_gap_scripts(const Knowledge& kb, Playbook& doc, const Analysis& a, ProseWriter& ph) {
    doc.gap_scripts.clear();
    const Seed seed = seed_for(Purpose::GapScripts, {doc.candidate.name.value_or(""), doc.job.title.value_or("")});
    std::set<std::string> cited;  // one resume line should not carry every script
    for (const RequirementAssessment* ra : scripted_gaps(doc, a)) {
        const BridgeScript bridge = build_bridge(kb, doc, a, *ra, ph, seed, cited);
        if (bridge.evidence_bullet) cited.insert(bridge.evidence_bullet->bullet->id);
        GapScript g;
        g.requirement = ra->requirement->id;
        for (const auto& gap : doc.fit.gaps)
            if (gap.requirement == g.requirement) g.title = gap.title;
        g.why_probe = bridge.why_probe;
        g.script = bridge.script();
        g.verify = bridge.verify;
        doc.gap_scripts.push_back(std::move(g));
    }

    // The same four steps for every candidate; the wording varies by a stable hash.
    const Seed recovery = seed_for(Purpose::Recovery, {doc.candidate.name.value_or("")});
    doc.recovery_steps.clear();
    for (const char* key : {"recovery_pause", "recovery_acknowledge", "recovery_reason", "recovery_anchor"}) {
        const std::string step = rich_to_plain(ph.say(key, recovery));
        if (!step.empty()) doc.recovery_steps.push_back(step);
    }

    doc.curveballs = pick_curveballs(kb, doc, a);
}

}  // namespace ip
