#include "analyze/analyze.h"

namespace ip {

// Placeholder until the fit analysis lands (issue 4).
void analyze_fit(const Knowledge&, Playbook&) {}

}  // namespace ip
