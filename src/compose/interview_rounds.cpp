#include "compose/interview_rounds.h"

#include "core/seed.h"

namespace ip {

namespace {

// "**Portfolio review**, **Design exercise** and **Cross-functional interviews**".
Rich round_list(const std::vector<const InterviewRound*>& rounds) {
    RichBuilder b;
    for (size_t i = 0; i < rounds.size(); ++i) {
        if (i > 0) b.plain(i + 1 == rounds.size() ? (rounds.size() > 2 ? ", and " : " and ") : ", ");
        b.strong(rounds[i]->name);
    }
    return b.build();
}

}  // namespace

std::vector<Rich> family_interview_process(const Knowledge& kb, const Playbook& doc, const Analysis& a,
                                           ProseWriter& ph) {
    std::vector<Rich> out;
    const RoleFamily* family = a.job_family ? a.job_family : kb.fallback_role();
    if (!family) return out;
    const Seed seed = seed_for(Purpose::InterviewRounds, {family->id});
    if (!doc.company.known) {
        for (const InterviewRound& round : family->rounds)
            out.push_back(ph.say("company.round", seed,
                                 {{"round", one_span(round.name, SpanKind::Strong)},
                                  {"tests", one_span(round.tests, SpanKind::Plain)}}));
        return out;
    }
    // A known company's own loop stands; the field's signature rounds follow it.
    std::vector<const InterviewRound*> signature;
    for (const InterviewRound& round : family->rounds)
        if (round.signature) signature.push_back(&round);
    if (signature.empty()) return out;
    out = doc.company.process;
    out.push_back(ph.say("company.field_rounds", seed, {{"rounds", round_list(signature)}}));
    return out;
}

}  // namespace ip
