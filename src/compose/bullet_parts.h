// A resume bullet taken apart for storytelling: the verbs ("Designed and
// built"), what was acted on ("distributed microservices"), the result clause
// with its number ("reducing p99 latency by 38%") and the method ("using Java
// and Python"). Every part is a verbatim substring, so it can be a fact span.
#pragma once
#include <string>

#include "knowledge/knowledge.h"
#include "model/candidate.h"

namespace ip {

struct BulletParts {
    std::string verbs;     // "Designed and built"; empty when the bullet starts otherwise
    std::string rest;      // everything after the verbs
    std::string object;    // "distributed microservices"
    std::string action;    // rest without the result clause ("distributed microservices handling ... Python")
    std::string result;    // the clause holding the outcome number; empty when none
    Metric result_metric;  // the outcome number
    std::string method;    // "using Java and Python"; empty when none
};

BulletParts split_bullet(const Knowledge& kb, const Bullet& b);

// "Distributed Microservices" from "distributed microservices" (small words stay lower-case).
std::string title_case(const Knowledge& kb, const std::string& s);

// What a story about the line is about, fit for a title: the object without
// the verbs the splitter left in ("Manage 2 teams"), determiners, counts
// ("12 responsive sites") and trailing clauses ("... dashboards used by"),
// title-cased with skill names in their own spelling ("dbt Models"). Empty
// when nothing nameable is left ("$2.4M", "Lead engineer").
std::string story_subject(const Knowledge& kb, const BulletParts& parts);

}  // namespace ip
