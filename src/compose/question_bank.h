// Choosing questions from the bank (assets/questions/*.json) for this role
// family, level and JD: filters by family, category and level, then ranks by
// the themes the caller wants, the JD's themes and variety, with a stable
// hash breaking ties.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/seed.h"
#include "knowledge/knowledge.h"
#include "model/seniority_level.h"

namespace ip {

// The level names the bank uses: junior|mid|senior|staff|manager.
std::string bank_level(SeniorityLevel level);

struct BankSelection {
    std::string family;                                   // role family id
    std::string level;                                    // bank level (see bank_level)
    std::vector<std::pair<std::string, int>> job_themes;  // theme -> how many JD lines show it
    Seed seed;
    std::set<std::string> used_ids;
    std::set<std::string> used_texts;
    std::set<std::string> used_themes;  // themes already asked about
};

// The best unused bank question of `category`; `wanted` themes weigh most.
// nullptr when the bank has none left for this family.
const QuestionDef* pick_bank_question(const Knowledge& kb, QuestionCategory category,
                                      const std::vector<std::string>& wanted, const BankSelection& sel);

// The best unused question of `family`'s own bank asked in `round`: one that
// names the round, or one of the round's category; nullptr when none is left.
const QuestionDef* pick_round_question(const Knowledge& kb, const InterviewRound& round,
                                       const std::vector<std::string>& wanted, const BankSelection& sel);

// True when a question of `family`'s own bank names `round` by its id.
bool round_is_named(const Knowledge& kb, const RoleFamily& family, const InterviewRound& round);

// The round of `family` a question is asked in: the round it names (an id of
// this family's rounds), else the round that owns its category; nullptr when
// neither exists.
const InterviewRound* round_of(const RoleFamily& family, const std::string& round_id, QuestionCategory category);

// Marks a question as used so it is not asked twice.
void mark_used(BankSelection& sel, const QuestionDef& q);

}  // namespace ip
