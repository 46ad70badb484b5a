// The one seed scheme for every choice the engine's text makes by hash (which
// phrasing variant, which bank question, which curveball): a seed is built
// only by seed_for, from the inputs that should change the choice and a named
// purpose, so two writers never share a choice by accident and no writer
// builds its own seed arithmetic. The same inputs always give the same seed.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace ip {

// What a choice is for. Each purpose has a label that joins the inputs in the
// seed (see purpose_label); purposes whose label is empty are kept apart by
// their inputs and their phrasing keys.
// clang-format off
enum class Purpose {
    FitSummary, FitRationale, Strength, Gap, Decode, Hidden, Requirement, Settle, Risk,
    Pitch, Story, QuestionBank, ResumeQuestion, DesignQuestion, ApproachQuestion, TeamQuestion,
    PracticePrompt, GapScripts, Recovery, Curveballs, QuestionsToAsk,
    Plan, PlanLearn, PlanBuild, PlanOwn, Priority,
    CheatCompany, CheatSkill, CheatRemember, CheatGapAnswer, CheatLabel, InterviewRounds,
};
// clang-format on

const char* purpose_label(Purpose p);

struct Seed {
    Purpose purpose{};
    std::string text;

    // The same seed about one topic (a requirement, a theme, a metric): the
    // topic's text follows the seed's.
    Seed about(std::string_view topic) const { return {purpose, text + std::string(topic)}; }
    // An index in [0, n) chosen by this seed; n must be > 0.
    size_t pick(size_t n) const;
    // A stable rank for one `item` of a list ordered by this seed.
    uint64_t rank(std::string_view item) const;
};

// The inputs joined by "|", then the purpose's label when it has one:
// seed_for(Purpose::Strength, {name}) is "Ana Ruiz|strength".
Seed seed_for(Purpose purpose, std::initializer_list<std::string_view> inputs);

}  // namespace ip
