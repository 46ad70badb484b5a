#include "analyze/terms.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

std::string stem(const Knowledge& kb, std::string w) {
    if (const VerbDef* v = kb.verb(w)) return v->base;
    auto strip = [&](const char* suffix, size_t min_left) {
        const std::string_view s(suffix);
        if (w.size() > s.size() + min_left && ends_with(w, s)) {
            w.resize(w.size() - s.size());
            return true;
        }
        return false;
    };
    if (strip("ing", 3) || strip("ed", 3) || strip("ies", 2) || strip("able", 3) || strip("ible", 3)) return w;
    // "scale" and "scaled" meet at "scal".
    if (w.size() > 4 && ends_with(w, "e") && !ends_with(w, "ee")) {
        w.pop_back();
        return w;
    }
    if (w.size() > 4 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
        w.pop_back();
    return w;
}

}  // namespace

std::vector<std::string> content_terms(const Knowledge& kb, std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        while (!word.empty() && (word.back() == '.' || word.back() == '-' || word.back() == '\'')) word.pop_back();
        // Function words and posting boilerplate say nothing about a skill.
        if (word.size() >= 2 && !kb.words.has(WordList::TermStopWords, word)) {
            std::string s = stem(kb, word);
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
        }
        word.clear();
    };
    for (char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
                          c == '#' || c == '.' || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
        if (keep) word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        else flush();
    }
    flush();
    return out;
}

void TermWeights::add_document(const std::vector<std::string>& terms) {
    ++documents_;
    for (const auto& t : terms) ++df_[t];
}

double TermWeights::weight(const std::string& term) const {
    auto it = df_.find(term);
    const double df = it == df_.end() ? 0.0 : it->second;
    return std::log((documents_ + 1.0) / (df + 0.5));
}

WeightedTerms weigh_terms(const std::vector<std::string>& terms, const TermWeights& w) {
    WeightedTerms out;
    out.terms = terms;
    for (const auto& t : terms) out.weights.push_back(w.weight(t));
    return out;
}

double weighted_overlap(const WeightedTerms& req, const std::vector<std::string>& line) {
    double total = 0, shared = 0;
    for (size_t i = 0; i < req.terms.size(); ++i) {
        total += req.weights[i];
        if (std::find(line.begin(), line.end(), req.terms[i]) != line.end()) shared += req.weights[i];
    }
    return total > 0 ? shared / total : 0.0;
}

}  // namespace ip
