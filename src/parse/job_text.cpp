#include "parse/job_text.h"

namespace ip {

// Placeholder until the job description extractor lands (issue 3, reading layer).
Job parse_job_text(const Knowledge&, const std::string&) { return Job{}; }

}  // namespace ip
