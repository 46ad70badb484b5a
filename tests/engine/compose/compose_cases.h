// Playbooks the composer tests read: the seed case (a software engineer at
// Amazon), a product manager at Salesforce, a sales executive, and a director
// at a company the knowledge base does not know. Generated once per binary.
#pragma once
#include <string>

#include "model/playbook.h"
#include "pipeline/generate.h"

namespace ip::test {

const GenerateResult& seed_playbook();
const GenerateResult& product_playbook();
const GenerateResult& sales_playbook();
const GenerateResult& unknown_company_playbook();

// Every span of the given kind, joined by " | ".
std::string spans_of(const Rich& r, SpanKind kind);
// True when some resume bullet (folded) contains `text`.
bool in_some_bullet(const Playbook& doc, const std::string& text);
// True when some JD requirement line contains `text`.
bool in_some_requirement(const Playbook& doc, const std::string& text);

}  // namespace ip::test
