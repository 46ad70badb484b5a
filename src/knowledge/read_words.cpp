#include <algorithm>
#include <array>
#include <utility>

#include "core/text.h"
#include "knowledge/knowledge_draft.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/word_lists.h"

namespace ip {

namespace {

const char* plural_of(WordForm form) {
    return form == WordForm::Words ? "words" : form == WordForm::Phrases ? "phrases" : "cues";
}

const char* singular_of(WordForm form) {
    return form == WordForm::Words ? "word" : form == WordForm::Phrases ? "phrase" : "cue";
}

// Each list must be lower-case; a phrase may hold spaces ("career break"), a
// cue outer spaces too (" bonus": the space marks a word boundary).
bool read_list(const std::string& name, const nlohmann::json& list, const std::string& key, WordForm form,
               std::vector<std::string>& out, std::string& error) {
    if (!list.is_array()) {
        error = asset_label(name) + ": expected \"" + key + "\": a list of " + plural_of(form);
        return false;
    }
    size_t number = 0;
    for (const nlohmann::json& entry : list) {
        const std::string where = asset_label(name) + ": " + key + " #" + std::to_string(++number);
        if (!entry.is_string()) {
            error = where + ": must be a string";
            return false;
        }
        const std::string word = entry.get<std::string>();
        const bool spaced = word.find(' ') != std::string::npos;
        const bool outer_spaces = trim(word) != word;
        if (trim(word).empty() || (outer_spaces && form != WordForm::Cues) || (spaced && form == WordForm::Words) ||
            to_lower(word) != word) {
            error = where + " (\"" + word + "\"): must be one lower-case " + singular_of(form);
            return false;
        }
        for (const std::string& seen : out)
            if (seen == word) {
                error = where + " (\"" + word + "\"): listed twice";
                return false;
            }
        out.push_back(word);
    }
    return true;
}

bool read_key(const std::string& name, const nlohmann::json& doc, const char* key, WordForm form,
              std::vector<std::string>& out, std::string& error) {
    const auto list = doc.find(key);
    if (list == doc.end()) {
        error = asset_label(name) + ": expected \"" + key + "\": a list of " + plural_of(form);
        return false;
    }
    return read_list(name, *list, key, form, out, error);
}

bool read_word_set(const std::string& name, const nlohmann::json& doc, const char* key,
                   std::unordered_set<std::string>& out, std::string& error) {
    std::vector<std::string> words;
    if (!read_key(name, doc, key, WordForm::Words, words, error)) return false;
    out.insert(words.begin(), words.end());
    return true;
}

const std::array<std::pair<const char*, ResumeSection>, 8> kSectionNames = {{
    {"summary", ResumeSection::Summary},
    {"experience", ResumeSection::Experience},
    {"education", ResumeSection::Education},
    {"skills", ResumeSection::Skills},
    {"languages", ResumeSection::Languages},
    {"certifications", ResumeSection::Certifications},
    {"projects", ResumeSection::Projects},
    {"other", ResumeSection::Other},
}};

// {"experience": ["experience", "work", ...], ...}: every section named, each word under one section.
bool read_headings(const std::string& name, const nlohmann::json& doc, ResumeWords& out, std::string& error) {
    const auto by_section = doc.find("resume_headings");
    if (by_section == doc.end() || !by_section->is_object()) {
        error = asset_label(name) + ": expected \"resume_headings\": an object of word lists by section";
        return false;
    }
    for (const auto& [section, list] : by_section->items()) {
        const std::string& key = section;  // clang 14 cannot capture a structured binding
        const auto known = std::find_if(kSectionNames.begin(), kSectionNames.end(),
                                        [&](const auto& n) { return key == n.first; });
        if (known == kSectionNames.end()) {
            error = asset_label(name) + ": resume_headings: unknown section \"" + section + "\"";
            return false;
        }
        std::vector<std::string> words;
        if (!read_list(name, list, "resume_headings." + section, WordForm::Words, words, error)) return false;
        for (const std::string& w : words)
            if (!out.headings.emplace(w, known->second).second) {
                error = asset_label(name) + ": resume_headings." + section + " (\"" + w +
                        "\"): already names a section";
                return false;
            }
    }
    for (const auto& [section, kind] : kSectionNames)
        if (!by_section->contains(section)) {
            error = asset_label(name) + ": resume_headings: no words for \"" + section + "\"";
            return false;
        }
    return true;
}

// The groups of named lists ("metrics": {"time_units": [...], ...}), in the order word_list_specs() first names them.
std::vector<std::string> list_groups() {
    std::vector<std::string> groups;
    for (const WordListSpec& spec : word_list_specs())
        if (std::find(groups.begin(), groups.end(), spec.group) == groups.end()) groups.push_back(spec.group);
    return groups;
}

// Every named list: each group an object holding exactly its lists (and "_" notes), each list non-empty.
bool read_named_lists(const std::string& name, const nlohmann::json& doc, Lexicon& out, std::string& error) {
    for (const std::string& group : list_groups()) {
        const auto lists = doc.find(group);
        if (lists == doc.end() || !lists->is_object()) {
            error = asset_label(name) + ": expected \"" + group + "\": an object of word lists";
            return false;
        }
        for (const auto& [key, value] : lists->items()) {
            const std::string& k = key;  // clang 14 cannot capture a structured binding
            const auto& specs = word_list_specs();
            if (!starts_with(k, "_") && std::none_of(specs.begin(), specs.end(), [&](const WordListSpec& s) {
                    return group == s.group && k == s.key;
                })) {
                error = asset_label(name) + ": " + group + ": unknown list \"" + key + "\"";
                return false;
            }
        }
        for (const WordListSpec& spec : word_list_specs()) {
            if (group != spec.group) continue;
            const std::string where = group + "." + spec.key;
            const auto list = lists->find(spec.key);
            if (list == lists->end()) {
                error = asset_label(name) + ": expected \"" + where + "\": a list of " + plural_of(spec.form);
                return false;
            }
            std::vector<std::string> words;
            if (!read_list(name, *list, where, spec.form, words, error)) return false;
            if (words.empty()) {
                error = asset_label(name) + ": " + where + ": the list is empty";
                return false;
            }
            out.set(spec.list, std::move(words));
        }
    }
    return true;
}

}  // namespace

bool read_words_file(const std::string& name, const nlohmann::json& doc, KnowledgeDraft& draft, std::string& error) {
    static const std::array<const char*, 8> keys = {"bare_nouns",        "measure_verbs",          "resume_headings",
                                                    "heading_modifiers", "career_breaks",          "honours",
                                                    "document_names",    "credentials_in_progress"};
    const std::vector<std::string> groups = list_groups();
    std::string expected;
    for (const char* k : keys) expected += std::string(expected.empty() ? "" : ", ") + k;
    for (const std::string& g : groups) expected += ", " + g;
    if (!doc.is_object()) {
        error = asset_label(name) + ": expected an object with " + expected;
        return false;
    }
    for (const auto& [key, value] : doc.items())
        if (!starts_with(key, "_") && std::find(keys.begin(), keys.end(), key) == keys.end() &&
            std::find(groups.begin(), groups.end(), key) == groups.end()) {
            error = asset_label(name) + ": unknown key \"" + key + "\" (expected " + expected + ")";
            return false;
        }
    ResumeWords& r = draft.kb.resume_words;
    if (!read_word_set(name, doc, "bare_nouns", draft.kb.bare_nouns, error) ||
        !read_word_set(name, doc, "measure_verbs", draft.kb.measure_verbs, error) ||
        !read_headings(name, doc, r, error) ||
        !read_word_set(name, doc, "heading_modifiers", r.heading_modifiers, error) ||
        !read_key(name, doc, "career_breaks", WordForm::Phrases, r.career_breaks, error) ||
        !read_key(name, doc, "honours", WordForm::Phrases, r.honours, error) ||
        !read_key(name, doc, "document_names", WordForm::Phrases, r.document_names, error) ||
        !read_key(name, doc, "credentials_in_progress", WordForm::Phrases, r.credentials_in_progress, error) ||
        !read_named_lists(name, doc, draft.kb.words, error))
        return false;
    for (const std::string& m : r.heading_modifiers)
        if (r.headings.count(m)) {
            error = asset_label(name) + ": heading_modifiers (\"" + m + "\"): already a word in resume_headings";
            return false;
        }
    return true;
}

}  // namespace ip
