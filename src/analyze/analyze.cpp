#include "analyze/analyze.h"

#include "analyze/analysis.h"
#include "analyze/company_profile.h"
#include "analyze/score.h"

namespace ip {

ScoreFacts analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc) {
    ScoreFacts facts = score_fit(kb, doc, a, doc.fit);
    doc.company = company_profile(doc, a);
    return facts;
}

}  // namespace ip
