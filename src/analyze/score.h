// Fit score and sub-scores (skills, experience, culture), and the facts each
// rests on, from which compose writes a one-sentence rationale.
#pragma once
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "model/fit_band.h"

namespace ip {

struct ScoreFacts {
    FitBand band = FitBand::LongShot;  // the overall score's band; compose names it (fit.label)
    // Skills: required lines that name skills or competencies.
    std::vector<std::string> proven;   // skill ids the resume shows, in JD order
    std::vector<std::string> missing;  // skill ids required lines ask for and the resume lacks
    int proven_lines = 0, skill_lines = 0;
    // Experience.
    double years = 0;        // the candidate's years of experience
    int asked_years = 0;     // the JD's, or what its level usually implies
    int level_distance = 0;  // steps between the candidate's level and the job's
    bool above_level = false;
    bool same_field = false;  // the candidate's role family is the job's
    // Culture: the company's values the resume shows.
    int shown_values = 0;
    std::vector<std::string> shown_value_names;
    std::vector<std::string> focus_values_missing;  // values the JD names that the resume does not show
};

// Fills fit's score and sub-scores; the facts say the band and what each sub-score rests on.
ScoreFacts score_fit(const Knowledge& kb, const Playbook& doc, const Analysis& a, Fit& fit);

}  // namespace ip
