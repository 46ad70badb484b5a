// Resolves the ids a playbook document uses to point at its own parts
// (resume bullets, requirements, stories), for every exporter.
#pragma once
#include <string>
#include <string_view>

#include "model/playbook.h"

namespace ip {

const Bullet* find_bullet(const Playbook& doc, std::string_view id);
const Requirement* find_requirement(const Playbook& doc, std::string_view id);
const Story* find_story(const Playbook& doc, std::string_view id);
// 1-based position of the story in doc.stories; 0 when the id is unknown.
int story_number(const Playbook& doc, std::string_view id);

// What an evidence id points at, ready to show: `quote` is verbatim text from
// the resume or job description (empty for references like the skills
// section), `where` says where it comes from. Both empty for unknown ids.
struct EvidenceRef {
    std::string quote;
    std::string where;
};
EvidenceRef describe_evidence(const Playbook& doc, const std::string& id);

}  // namespace ip
