// Job description extraction from cleaned plain text.
#pragma once
#include <string>

#include "knowledge/knowledge.h"
#include "model/job.h"

namespace ip {

Job parse_job_text(const Knowledge& kb, const std::string& clean_text);

}  // namespace ip
