// How well the resume fits the job, in the bands the fit label names
// (analysis picks the band from the score; compose says it in words from
// assets/phrasing/analysis.json, "fit.label.<name>").
#pragma once
#include <span>

#include "model/enum_names.h"

namespace ip {

enum class FitBand { StrongMatch, GoodMatch, PartialMatch, Stretch, LongShot };

// strong_match, good_match, partial_match, stretch, long_shot.
std::span<const EnumName<FitBand>> enum_names(FitBand);

}  // namespace ip
