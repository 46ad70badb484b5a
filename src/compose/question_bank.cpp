#include "compose/question_bank.h"

#include <algorithm>
#include <optional>

namespace ip {

namespace {

bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

std::string bank_level(SeniorityLevel level) {
    switch (level) {
        case SeniorityLevel::Intern:
        case SeniorityLevel::Junior: return "junior";
        case SeniorityLevel::Mid: return "mid";
        case SeniorityLevel::Senior: return "senior";
        case SeniorityLevel::Staff:
        case SeniorityLevel::Principal: return "staff";
        case SeniorityLevel::Manager:
        case SeniorityLevel::Director:
        case SeniorityLevel::Executive: return "manager";
    }
    return "mid";
}

namespace {

// How well an unused question fits; nullopt when it is used or not asked at this level.
std::optional<double> fit_score(const QuestionDef& q, bool own_family, const std::vector<std::string>& wanted,
                                const BankSelection& sel) {
    if (!q.levels.empty() && !has(q.levels, sel.level)) return std::nullopt;
    if (sel.used_ids.count(q.id) || sel.used_texts.count(q.text)) return std::nullopt;
    // A question written for this family lists it first; one borrowed from a neighbour lists it later.
    double score = own_family ? (q.families.front() == sel.family ? 2.0 : 1.0) : 0.0;
    if (!q.levels.empty()) score += 0.5;  // written for this level
    for (const auto& t : q.themes) {
        if (has(wanted, t)) score += 3.0;
        if (sel.used_themes.count(t)) score -= 1.0;
        for (const auto& [theme, count] : sel.job_themes)
            if (theme == t) score += 0.4 * std::min(count, 3);
    }
    // Ties go to a stable, input-dependent choice rather than file order.
    return score + static_cast<double>(sel.seed.rank(q.id) % 1000) / 100000.0;
}

}  // namespace

const QuestionDef* pick_bank_question(const Knowledge& kb, QuestionCategory category,
                                      const std::vector<std::string>& wanted, const BankSelection& sel) {
    const QuestionDef* best = nullptr;
    double best_score = 0;
    for (const auto& q : kb.questions) {
        if (q.category != category) continue;
        const bool own_family = has(q.families, sel.family);
        if (!own_family && !has(q.families, "any")) continue;
        const std::optional<double> score = fit_score(q, own_family, wanted, sel);
        if (score && (!best || *score > best_score)) {
            best = &q;
            best_score = *score;
        }
    }
    return best;
}

const QuestionDef* pick_round_question(const Knowledge& kb, const InterviewRound& round,
                                       const std::vector<std::string>& wanted, const BankSelection& sel) {
    // The fallback family's own bank is the questions written for any family.
    const RoleFamily* fallback = kb.fallback_role();
    const bool is_fallback = fallback && fallback->id == sel.family;
    const QuestionDef* best = nullptr;
    double best_score = 0;
    for (const auto& q : kb.questions) {
        if (q.families.front() != sel.family && !(is_fallback && q.families.front() == "any")) continue;
        if (q.round.empty() ? round.category != q.category : q.round != round.id) continue;
        const std::optional<double> score = fit_score(q, true, wanted, sel);
        if (score && (!best || *score > best_score)) {
            best = &q;
            best_score = *score;
        }
    }
    return best;
}

bool round_is_named(const Knowledge& kb, const RoleFamily& family, const InterviewRound& round) {
    for (const auto& q : kb.questions)
        if (q.round == round.id && q.families.front() == family.id) return true;
    return false;
}

const InterviewRound* round_of(const RoleFamily& family, const std::string& round_id, QuestionCategory category) {
    for (const InterviewRound& r : family.rounds)
        if (!round_id.empty() && r.id == round_id) return &r;
    for (const InterviewRound& r : family.rounds)
        if (r.category == category) return &r;
    return nullptr;
}

void mark_used(BankSelection& sel, const QuestionDef& q) {
    sel.used_ids.insert(q.id);
    sel.used_texts.insert(q.text);
    for (const auto& t : q.themes) sel.used_themes.insert(t);
}

}  // namespace ip
