#include "compose/fit_summary.h"

#include "analyze/prose_parts.h"
#include "core/grammar.h"

namespace ip {

std::string fit_label(const Playbook& doc, FitBand band, ProseWriter& ph) {
    const Seed seed = seed_for(Purpose::FitSummary, {doc.candidate.name.value_or("")});
    return rich_to_plain(ph.say("fit.label." + std::string(name_of(band)), seed));
}

Rich fit_summary(const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const Fit& f = doc.fit;
    const Seed seed = seed_for(Purpose::FitSummary, {doc.candidate.name.value_or("")});
    SlotValues slots{{"label", {f.label, SpanKind::Strong}},
                     {"company", {company_display_name(a, doc), SpanKind::Plain}}};
    if (f.strengths.size() >= 2) {
        slots["strength_a"] = {lower_first_word(f.strengths[0].title), SpanKind::Plain};
        slots["strength_b"] = {lower_first_word(f.strengths[1].title), SpanKind::Plain};
    }
    if (!f.gaps.empty()) slots["gap"] = {lower_first_word(f.gaps[0].title), SpanKind::Plain};
    const char* key = f.strengths.size() >= 2 ? (f.gaps.empty() ? "fit.summary_no_gap" : "fit.summary")
                                              : (f.gaps.empty() ? "fit.summary_thin_no_gap" : "fit.summary_thin");
    return ph.say(key, seed, slots);
}

}  // namespace ip
