#include "compose/interview_rounds.h"

#include "core/seed.h"

namespace ip {

std::vector<Rich> family_interview_process(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                           ProseWriter& ph) {
    std::vector<Rich> out;
    const RoleFamily* family = a.job_family ? a.job_family : kb.fallback_role();
    if (doc.company.known || !family) return out;
    const Seed seed = seed_for(Purpose::InterviewRounds, {family->id});
    for (const InterviewRound& round : family->rounds)
        out.push_back(ph.say(
            "company.round", seed,
            {{"round", one_span(round.name, SpanKind::Strong)}, {"tests", one_span(round.tests, SpanKind::Plain)}}));
    return out;
}

}  // namespace ip
