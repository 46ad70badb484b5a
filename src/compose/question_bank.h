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

// Marks a question as used so it is not asked twice.
void mark_used(BankSelection& sel, const QuestionDef& q);

}  // namespace ip
