#include "model/fit_band.h"

namespace ip {

std::span<const EnumName<FitBand>> enum_names(FitBand) {
    static constexpr EnumName<FitBand> names[] = {{FitBand::StrongMatch, "strong_match"},
                                                  {FitBand::GoodMatch, "good_match"},
                                                  {FitBand::PartialMatch, "partial_match"},
                                                  {FitBand::Stretch, "stretch"},
                                                  {FitBand::LongShot, "long_shot"}};
    return names;
}

}  // namespace ip
