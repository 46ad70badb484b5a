// What the reading layer extracts from a job description: the `job` part of
// the playbook document.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/candidate.h"
#include "model/requirement_kind.h"

namespace ip {

// A line about the terms of the job rather than the work: never a gap, never
// scored; the fit section lists it under "Things to settle".
enum class LogisticsTopic { Authorization, Sponsorship, Eligibility, Location, Schedule, Travel, Commitment, Pay };

// "authorization", "schedule", ...: the JSON value and the phrasing key suffix.
std::span<const EnumName<LogisticsTopic>> enum_names(LogisticsTopic);
const char* logistics_topic_name(LogisticsTopic topic);

struct Requirement {
    std::string id;    // "r0", "r1", ... in document order
    std::string text;  // verbatim JD line, bullet glyph removed
    RequirementKind kind = RequirementKind::Required;
    std::vector<std::string> skills;              // canonical skill names
    std::optional<int> years;                     // "5+ years" -> 5
    OptString degree;                             // "bachelor"|"master"|"phd" when the line asks for one
    std::string competency;                       // technical|leadership|communication|domain|education|values
    std::optional<LogisticsTopic> logistics;      // set for schedule, location, eligibility, pay ... lines
    RequirementAsk asks = RequirementAsk::Skill;  // what the line asks of the candidate
};

// A logistics line the posting states outside its requirement lists (the
// header's "Full-time, 12-hour night shifts", the pay range), verbatim.
struct JobTerm {
    std::string text;
    LogisticsTopic topic = LogisticsTopic::Schedule;
};

struct Job {
    OptString company;        // the name people say: "Amazon", "Acme Robotics"
    OptString company_legal;  // the registered name as the posting writes it, when it differs ("Amazon Corporate LLC")
    OptString title;
    std::optional<SeniorityLevel> level;  // the level the posting hires at; null when it does not say
    OptString team;
    OptString location;
    OptString about;  // the "about the team/role" paragraph, verbatim
    std::vector<Requirement> requirements;
    std::vector<JobTerm> terms;
};

}  // namespace ip
