#include "parse/read.h"

namespace ip {

// Placeholder until the readers land (issue 3).
InputFormat detect_format(const std::string&, const std::string&) { return InputFormat::PlainText; }
ReadResume read_resume(const Knowledge&, const std::string&, const std::string&, const std::string&) {
    ReadResume r;
    r.error = "not implemented yet";
    return r;
}
ReadJob read_job(const Knowledge&, const std::string&, const std::string&) {
    ReadJob r;
    r.error = "not implemented yet";
    return r;
}

}  // namespace ip
