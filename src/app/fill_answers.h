// The user's answers to the playbook's fill-in blanks ("[the before and
// after numbers behind 38%]"). They are kept apart from the document, keyed
// by what the blank belongs to and its prompt -- never by position -- so a
// regenerated playbook finds them again, and applied to a copy of the
// document for every export and every copy button.
#pragma once
#include <functional>
#include <map>
#include <string>

#include "model/playbook.h"

namespace ip::app {

// What a blank belongs to. A story's blanks belong to the story, named by the
// resume line it is built on; a gap script's to its requirement. Elsewhere
// (pitch, plan, cheat sheet) a prompt means the same thing wherever it
// appears, and one answer serves them all: the empty scope.
std::string story_scope(const Playbook& doc, const Story& story);
std::string gap_scope(const Playbook& doc, const GapScript& script);

class FillAnswers {
public:
    // The answer for this blank, or nullptr. A blank in the shared scope also
    // takes a gap script's answer to the same prompt (the cheat sheet repeats
    // the first gap script's blanks).
    const std::string* find(const std::string& scope, const std::string& prompt) const;
    // An empty (all-space) answer removes the entry.
    void set(const std::string& scope, const std::string& prompt, const std::string& answer);
    size_t size() const { return answers_.size(); }
    void clear() { answers_.clear(); }

    std::string to_json() const;
    // Never throws; a malformed value gives no answers.
    static FillAnswers from_json(const std::string& text);

private:
    std::map<std::string, std::string> answers_;  // scope "\n" prompt -> answer
};

// Calls `fn` for every rich text in the document with the scope of its blanks.
void for_each_rich(const Playbook& doc, const std::function<void(const Rich& text, const std::string& scope)>& fn);

// A copy of the document where every answered blank is a plain span holding
// the answer; unanswered blanks stay blanks.
Playbook with_answers(const Playbook& doc, const FillAnswers& answers);

// The text for a copy button: spans joined, answered blanks replaced by the
// answer, open ones written "[prompt]".
std::string plain_text(const Rich& text, const std::string& scope, const FillAnswers& answers);

struct FillCount {
    int total = 0;
    int answered = 0;
};
FillCount count_fills(const Playbook& doc, const FillAnswers& answers);

inline constexpr const char* kFillsStorageKey = "interview-playbook.fills.v1";

}  // namespace ip::app
