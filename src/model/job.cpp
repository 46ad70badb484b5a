#include "model/job.h"

namespace ip {

std::span<const EnumName<LogisticsTopic>> enum_names(LogisticsTopic) {
    static constexpr EnumName<LogisticsTopic> names[] = {
        {LogisticsTopic::Authorization, "authorization"}, {LogisticsTopic::Sponsorship, "sponsorship"},
        {LogisticsTopic::Eligibility, "eligibility"},     {LogisticsTopic::Location, "location"},
        {LogisticsTopic::Schedule, "schedule"},           {LogisticsTopic::Travel, "travel"},
        {LogisticsTopic::Commitment, "commitment"},       {LogisticsTopic::Pay, "pay"}};
    return names;
}

// The names are string literals, so their views end in a NUL.
const char* logistics_topic_name(LogisticsTopic topic) { return name_of(topic).data(); }

}  // namespace ip
