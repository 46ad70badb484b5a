// assets/scoring.json's "fit_score" table: every weight of the fit score and
// its sub-scores, and the bands that name an overall score. One table, read
// and validated at load (read_scoring.cpp); analyze/score.cpp is its only
// reader and docs/scoring.md explains it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/fit_band.h"

namespace ip {

// One name for a range of overall scores, the same in every field.
// (compose says its name: phrasing "fit.label.<band>").
struct ScoreBand {
    int min = 0;  // the lowest score in the band
    FitBand band = FitBand::LongShot;
    std::string means;  // what the band says about the candidate (docs/scoring.md)
};

// The numbers live in assets/scoring.json only; the loader fills every field.
struct ScoringTable {
    // What a requirement line counts for, by its status in the requirement check.
    double covered = 0, partial = 0;  // a gap counts 0
    // Experience: the four parts, summing to 1.
    double years = 0, level = 0, field = 0, duties = 0;
    // Level fit by rungs between the candidate's level and the job's.
    double level_same = 0, level_one_above = 0, level_one_below = 0, level_two_apart = 0, level_far_apart = 0;
    // Another field: a floor for transferable work, plus this times the share
    // of the target field's core skills the resume shows.
    double other_field_floor = 0, other_field_core_skills = 0;
    // Culture: a floor, plus this times the share of the company's values the bullets show. Sums to 1.
    double culture_floor = 0, culture_shown = 0;
    // Overall: the three sub-scores, summing to 1.
    double overall_skills = 0, overall_experience = 0, overall_culture = 0;
    int max_score = 0;  // nobody is a perfect match on paper
    // Years a level usually implies when the posting does not say, by SeniorityLevel order
    // (intern, junior, mid, senior, staff, principal, manager, director, executive).
    std::array<int, 9> years_for_level{};
    std::vector<ScoreBand> bands;  // highest first, each FitBand once; the last starts at 0
};

}  // namespace ip
