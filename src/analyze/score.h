// Fit score and sub-scores (skills, experience, culture): the counts each
// rests on (fit.basis), the numbers from them (analyze/score_formula.h), and
// the names compose cites in the one-sentence rationale.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "model/fit_band.h"

namespace ip {

// What the rationale sentences name beside fit.basis's counts.
struct ScoreFacts {
    FitBand band = FitBand::LongShot;  // the overall score's band; compose names it (fit.label)
    std::vector<std::string> proven;   // skills the posting's skill lines name and the resume shows, in JD order
    std::vector<std::string> missing;  // skills required lines ask for and the resume lacks
    std::vector<std::string> shown_value_names;     // the company's values the bullets show
    std::vector<std::string> focus_values_missing;  // values the JD names that the bullets do not show
};

// Fills fit's basis, sub-scores and score; the facts say the band and what the sentences name.
ScoreFacts score_fit(const Knowledge& kb, const Playbook& doc, const Analysis& a, Fit& fit);

}  // namespace ip
