#include "analyze/analyze.h"

#include "analyze/analysis.h"
#include "analyze/company_profile.h"
#include "analyze/score.h"

namespace ip {

void analyze_fit(const Knowledge& kb, const Analysis& a, Playbook& doc, ProseWriter& ph) {
    score_fit(kb, doc, a, doc.fit, ph);
    doc.company = company_profile(doc, a);
}

}  // namespace ip
