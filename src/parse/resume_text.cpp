#include "parse/resume_text.h"

namespace ip {

// Placeholder until the resume extractor lands (issue 3, reading layer).
Candidate parse_resume_text(const Knowledge&, const std::string&, const std::string&, std::vector<std::string>&) {
    return Candidate{};
}
void finish_candidate(const Knowledge&, const std::string&, Candidate&) {}

}  // namespace ip
