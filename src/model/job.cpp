#include "model/job.h"

namespace ip {

const char* logistics_topic_name(LogisticsTopic topic) {
    switch (topic) {
        case LogisticsTopic::Authorization: return "authorization";
        case LogisticsTopic::Sponsorship: return "sponsorship";
        case LogisticsTopic::Eligibility: return "eligibility";
        case LogisticsTopic::Location: return "location";
        case LogisticsTopic::Schedule: return "schedule";
        case LogisticsTopic::Travel: return "travel";
        case LogisticsTopic::Commitment: return "commitment";
        case LogisticsTopic::Pay: return "pay";
    }
    return "schedule";
}

}  // namespace ip
