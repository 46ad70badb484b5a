#include "knowledge/word_lists.h"

#include "knowledge/knowledge.h"

namespace ip {

const std::vector<WordListSpec>& word_list_specs() {
    static const std::vector<WordListSpec> specs = {
#define IP_WORD_LIST_SPEC(name, group, key, form) {WordList::name, group, key, #name, WordForm::form},
        IP_WORD_LISTS(IP_WORD_LIST_SPEC)
#undef IP_WORD_LIST_SPEC
    };
    return specs;
}

bool Lexicon::has(WordList list, const std::string& word) const {
    const size_t i = static_cast<size_t>(list);
    return i < sets_.size() && sets_[i].count(word) > 0;
}

const std::vector<std::string>& Lexicon::list(WordList list) const {
    static const std::vector<std::string> none;
    const size_t i = static_cast<size_t>(list);
    return i < lists_.size() ? lists_[i] : none;
}

void Lexicon::set(WordList list, std::vector<std::string> words) {
    const size_t i = static_cast<size_t>(list);
    if (lists_.size() <= i) {
        lists_.resize(word_list_specs().size());
        sets_.resize(word_list_specs().size());
    }
    sets_[i] = std::unordered_set<std::string>(words.begin(), words.end());
    lists_[i] = std::move(words);
}

}  // namespace ip
