// The JSON form of the playbook document: the public contract
// (docs/playbook-json.md). Writing is deterministic: same document, same bytes.
#pragma once
#include <string>

#include "model/playbook.h"

namespace ip {

// Pretty-printed (2-space indent) JSON of the whole document.
std::string playbook_to_json(const Playbook& doc, int indent = 2);

// Reads a playbook document. On failure returns false and sets `error` to one
// readable line; never throws.
bool playbook_from_json(const std::string& text, Playbook& doc, std::string& error);

}  // namespace ip
