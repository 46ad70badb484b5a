#include "analyze/analyze.h"

#include "analyze/analysis.h"
#include "analyze/company_profile.h"
#include "analyze/decode.h"
#include "analyze/insights.h"
#include "analyze/prose_parts.h"
#include "analyze/requirement_notes.h"
#include "analyze/score.h"
#include "analyze/strengths_gaps.h"
#include "analyze/things_to_settle.h"
#include "core/grammar.h"
#include "core/prose_writer.h"

namespace ip {

namespace {

Rich fit_summary(const Playbook& doc, const Analysis& a, ProseWriter& ph) {
    const Fit& f = doc.fit;
    const Seed seed = seed_for(Purpose::FitSummary, {doc.candidate.name.value_or("")});
    SlotValues slots{{"label", {f.label, SpanKind::Strong}}, {"company", {company_display_name(a, doc), SpanKind::Plain}}};
    if (f.strengths.size() >= 2) {
        slots["strength_a"] = {lower_first_word(f.strengths[0].title), SpanKind::Plain};
        slots["strength_b"] = {lower_first_word(f.strengths[1].title), SpanKind::Plain};
    }
    if (!f.gaps.empty()) slots["gap"] = {lower_first_word(f.gaps[0].title), SpanKind::Plain};
    const char* key = f.strengths.size() >= 2 ? (f.gaps.empty() ? "fit.summary_no_gap" : "fit.summary")
                                              : (f.gaps.empty() ? "fit.summary_thin_no_gap" : "fit.summary_thin");
    return ph.say(key, seed, slots);
}

}  // namespace

void analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc, ProseWriter& ph) {
    score_fit(kb, doc, a, doc.fit, ph);
    doc.fit.strengths = pick_strengths(kb, doc, a, ph);
    doc.fit.gaps = pick_gaps(kb, doc, a, ph);
    doc.fit.to_settle = things_to_settle(doc, a, ph);
    doc.fit.summary = fit_summary(doc, a, ph);
    doc.decode = decode_job(kb, doc, a, ph);
    doc.hidden_priorities = hidden_priorities(kb, doc, a, ph);
    doc.fit.requirements = requirement_table(kb, doc, a, ph);
    doc.company = company_profile(doc, a);
    doc.mistakes = likely_mistakes(kb, doc, a, ph);
}

}  // namespace ip
