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

// A requirement's terms with their weights, looked up once for all the lines
// it is compared with.
struct WeightedTerms {
    std::vector<std::string> terms;
    std::vector<double> weights;  // TermWeights::weight of each term
};

WeightedTerms weigh_terms(const std::vector<std::string>& terms, const TermWeights& w);

// Share of the requirement's term weight that the line also contains (0..1).
double weighted_overlap(const WeightedTerms& requirement, const std::vector<std::string>& line_terms);

}  // namespace ip
