#include "compose/candidacy_risks.h"

#include "analyze/candidacy_risks.h"
#include "analyze/prose_parts.h"

namespace ip {

std::vector<CandidacyRisk> write_candidacy_risks(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                                 ProseWriter& ph) {
    const std::string company = company_display_name(a, doc);
    std::vector<CandidacyRisk> out;
    for (RiskFinding& f : find_candidacy_risks(kb, doc, a)) {
        const std::string base = "risk." + std::string(name_of(f.kind));
        const std::string variant = f.variant.empty() ? std::string() : "." + f.variant;
        const Seed seed = seed_for(Purpose::Risk, {doc.candidate.name.value_or(""), base + variant});
        f.slots["company"] = SlotValue(company, SpanKind::Plain);
        f.slots["reason"] = SlotValue(rich_to_plain(ph.say(base + ".fill" + variant, seed)), SpanKind::Fill);
        CandidacyRisk r;
        r.kind = f.kind;
        r.serious = f.serious;
        r.title = rich_to_plain(ph.say(base + ".title" + variant, seed, f.slots));
        r.evidence = std::move(f.evidence);
        r.facts = ph.say(base + ".facts" + variant, seed, f.slots);
        r.script = ph.say(base + ".say" + variant, seed, f.slots);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace ip
