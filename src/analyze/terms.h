// Content terms for weighted overlap between a requirement and resume lines:
// lower-case, stop words dropped, light stemming, irregular verbs to their base.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge.h"

namespace ip {

std::vector<std::string> content_terms(const Knowledge& kb, std::string_view text);

// Inverse document frequency over a set of documents: rarer terms count more.
class TermWeights {
public:
    void add_document(const std::vector<std::string>& terms);
    double weight(const std::string& term) const;

private:
    std::map<std::string, int> df_;
    int documents_ = 0;
};

// Share of the requirement's term weight that the line also contains (0..1).
double weighted_overlap(const std::vector<std::string>& requirement_terms, const std::vector<std::string>& line_terms,
                        const TermWeights& w);

}  // namespace ip
