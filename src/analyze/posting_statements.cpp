#include "analyze/posting_statements.h"

#include <algorithm>

#include "analyze/text_match.h"
#include "core/text.h"

namespace ip {

namespace {

// Longest sentence quoted whole (about two lines of print).
constexpr size_t kMaxQuote = 220;

// Sentences of a paragraph: split after ".", "!" or "?" (and a closing bracket or
// quote right after it) followed by a space; punctuation kept.
std::vector<std::string> sentences(const std::string& paragraph) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < paragraph.size(); ++i) {
        const char c = paragraph[i];
        if (c != '.' && c != '!' && c != '?') continue;
        size_t end = i + 1;
        while (end < paragraph.size() && (paragraph[end] == ')' || paragraph[end] == '"' || paragraph[end] == '\''))
            ++end;
        if (end < paragraph.size() && paragraph[end] != ' ') continue;
        out.push_back(trim(paragraph.substr(start, end - start)));
        start = end;
        i = end;
    }
    if (start < paragraph.size()) out.push_back(trim(paragraph.substr(start)));
    return out;
}

}  // namespace

std::vector<std::string> posting_statements(const Knowledge& kb, const Job& job, size_t limit) {
    std::vector<std::string> candidates;
    if (job.about) candidates = sentences(fold_whitespace(*job.about));
    for (const Requirement& r : job.requirements)
        for (std::string& s : sentences(fold_whitespace(r.text))) candidates.push_back(std::move(s));
    std::vector<std::string> out;
    for (const std::string& s : candidates) {
        if (out.size() == limit) break;
        if (s.empty() || s.size() > kMaxQuote) continue;
        if (!matches_any_cue(to_lower(s), kb.reading.company_statement_cues)) continue;
        if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
}

}  // namespace ip
