#include "compose/compose.h"

namespace ip {

// Placeholder until the composer lands (issue 5).
void compose_playbook(const Knowledge&, const std::string&, Playbook&) {}

}  // namespace ip
