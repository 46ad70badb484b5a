// The forms company names are compared and spoken in: "Stripe, Inc." and
// "stripe" match; "Amazon Corporate LLC" is said "Amazon Corporate" ->
// "Amazon". The legal forms come from assets/reading.json.
#pragma once
#include <string>
#include <vector>

namespace ip {

// `name` without its trailing legal forms ("Meta Platforms, Inc." -> "Meta
// Platforms", "JPMorgan Chase & Co." -> "JPMorgan Chase"), case kept. Never
// empties a name: "LLC" alone stays.
std::string without_legal_suffixes(const std::string& name, const std::vector<std::string>& legal_suffixes);

// Lower-case, single spaces, without trailing legal forms.
std::string company_name_key(const std::string& name, const std::vector<std::string>& legal_suffixes);

}  // namespace ip
