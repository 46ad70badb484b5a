#include "knowledge/company_name_key.h"

#include "core/text.h"

namespace ip {

namespace {

// "Inc.," -> "inc": legal forms compare without case and closing dots or commas.
std::string bare_word(const std::string& word) {
    std::string w = to_lower(word);
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
    return w;
}

bool is_joiner(const std::string& word) { return word == "&" || word == "-" || word == "and" || word == ","; }

// Words of the longest legal form that ends `words`, leaving at least one word; 0 if none.
size_t legal_tail(const std::vector<std::string>& words, const std::vector<std::vector<std::string>>& suffixes) {
    size_t best = 0;
    for (const std::vector<std::string>& suffix : suffixes) {
        if (suffix.empty() || suffix.size() >= words.size() || suffix.size() <= best) continue;
        bool match = true;
        for (size_t i = 0; i < suffix.size() && match; ++i)
            match = bare_word(words[words.size() - suffix.size() + i]) == suffix[i];
        if (match) best = suffix.size();
    }
    return best;
}

}  // namespace

std::string without_legal_suffixes(const std::string& name, const std::vector<std::string>& legal_suffixes) {
    std::vector<std::string> words = split(fold_whitespace(trim(name)), ' ');
    std::vector<std::vector<std::string>> suffixes;
    for (const std::string& s : legal_suffixes) {
        std::vector<std::string> ws;
        for (const std::string& w : split(s, ' ')) ws.push_back(bare_word(w));
        suffixes.push_back(std::move(ws));
    }
    bool stripped = false;
    for (size_t n = legal_tail(words, suffixes); n > 0; n = legal_tail(words, suffixes)) {
        words.resize(words.size() - n);
        while (words.size() > 1 && is_joiner(to_lower(words.back()))) words.pop_back();
        stripped = true;
    }
    std::string out = join(words, " ");
    if (stripped)
        while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
    return out;
}

std::string company_name_key(const std::string& name, const std::vector<std::string>& legal_suffixes) {
    std::string key = to_lower(without_legal_suffixes(name, legal_suffixes));
    while (!key.empty() && (key.back() == ',' || key.back() == '.' || key.back() == ' ')) key.pop_back();
    return key;
}

}  // namespace ip
