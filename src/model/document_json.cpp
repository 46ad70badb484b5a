#include "model/document_json.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace nlohmann {
// std::optional <-> null, as the contract says: a value not found is null.
template <typename T>
struct adl_serializer<std::optional<T>> {
    static void to_json(json& j, const std::optional<T>& v) {
        if (v) j = *v;
        else j = nullptr;
    }
    static void from_json(const json& j, std::optional<T>& v) {
        if (j.is_null()) v.reset();
        else v = j.get<T>();
    }
};
}  // namespace nlohmann

namespace ip {

NLOHMANN_JSON_SERIALIZE_ENUM(SpanKind, {{SpanKind::Plain, "plain"},
                                        {SpanKind::Strong, "strong"},
                                        {SpanKind::Fact, "fact"},
                                        {SpanKind::Draft, "draft"},
                                        {SpanKind::Fill, "fill"}})

// Every closed set with a table of names (model/enum_names.h) is its name in
// JSON. A document is also what a host hands the web API to render, and
// renders whatever it holds: a name the set does not have reads as the
// table's first value (as nlohmann's NLOHMANN_JSON_SERIALIZE_ENUM does), which
// for a requirement's status is "covered", the reading that never shows the
// candidate a weakness the engine did not find.
template <class E, class = decltype(enum_names(E{}))>
void to_json(nlohmann::json& j, const E& value) {
    j = std::string(name_of(value));
}

template <class E, class = decltype(enum_names(E{}))>
void from_json(const nlohmann::json& j, E& value) {
    value = enum_from_name<E>(j.get<std::string>()).value_or(enum_names(E{}).front().value);
}

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Span, text, kind)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Metric, text, kind)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Bullet, id, text, metrics, skills, verb)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Position, company, title, start, end, location, bullets)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CareerBreak, text, start, end)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Education, institution, degree, field, end)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Certification, name, issuer, date)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Project, name, description, bullets)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SkillRef, name, category, evidence)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Contact, email, phone, location, links)
// By hand for one field: the candidate's seniority is "" (not null) when
// neither the titles nor the years say, as the contract has always written it.
void to_json(nlohmann::json& j, const Candidate& c) {
    j = nlohmann::json{{"name", c.name},
                       {"headline", c.headline},
                       {"contact", c.contact},
                       {"summary", c.summary},
                       {"years_experience", c.years_experience},
                       {"years_stated", c.years_stated},
                       {"seniority", c.seniority ? std::string(name_of(*c.seniority)) : std::string()},
                       {"positions", c.positions},
                       {"career_breaks", c.career_breaks},
                       {"education", c.education},
                       {"certifications", c.certifications},
                       {"projects", c.projects},
                       {"skills", c.skills}};
}

void from_json(const nlohmann::json& j, Candidate& c) {
    const Candidate none{};
    c.name = j.value("name", none.name);
    c.headline = j.value("headline", none.headline);
    c.contact = j.value("contact", none.contact);
    c.summary = j.value("summary", none.summary);
    c.years_experience = j.value("years_experience", none.years_experience);
    c.years_stated = j.value("years_stated", none.years_stated);
    c.seniority = enum_from_name<SeniorityLevel>(j.value("seniority", std::string()));  // "" or unknown: none
    c.positions = j.value("positions", none.positions);
    c.career_breaks = j.value("career_breaks", none.career_breaks);
    c.education = j.value("education", none.education);
    c.certifications = j.value("certifications", none.certifications);
    c.projects = j.value("projects", none.projects);
    c.skills = j.value("skills", none.skills);
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Requirement, id, text, kind, skills, years, degree, competency,
                                                logistics, asks)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(JobTerm, text, topic)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Job, company, company_legal, title, level, team, location, about,
                                                requirements, terms)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Strength, title, body, evidence)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Gap, title, body, requirement)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SettleItem, topic, requirements, lines, say)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidacyRisk, kind, serious, title, evidence, facts, script)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RequirementFit, id, status, evidence, note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Subscores, skills, experience, culture)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SubscoreNotes, skills, experience, culture)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SkillsBasis, lines, covered, partial)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ExperienceBasis, years, asked_years, level, job_level, same_field,
                                                core_skills, core_skills_shown, duties, duties_covered, duties_partial)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CultureBasis, values, shown)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ScoreBasis, skills, experience, culture)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Fit, score, label, subscores, basis, rationale, summary, strengths,
                                                gaps, to_settle, risks, requirements, priority, path_30_minutes,
                                                path_2_hours)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DecodeRow, said, means, demonstrate)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompanyValue, name, description, focus)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompanyProfile, name, known, values, process, culture, success, unique)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(TitledRich, title, source, body)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(TwoMinutePitch, past, present, pivot, future)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Pitch, thirty_second, two_minute, why_company, why_role, tips)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(FollowUp, question, hint)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Story, id, title, values, anchor, use_for, situation, task, action,
                                                result, checklist, follow_ups)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Question, id, category, round, text, source, really_asking, great,
                                                red_flags, prep, story, practice_prompt)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(StoryTemplate, values, steps)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(GapScript, requirement, title, why_probe, script, verify)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Curveball, question, why, framework, warning)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AskItem, text, why, tag)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(QuestionsToAsk, recruiter, hiring_manager, peer, executive, special,
                                                special_name)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PlanPhase, focus, background_helps, excited_to_learn, diagnose_first,
                                                milestone)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Plan, days_30, days_60, days_90)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(StoryBankEntry, story, question)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CheatSheet, pitch, story_bank, company_facts, selling_points,
                                                gap_answer, curveball, questions_to_ask, remember)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Playbook, schema, generated, candidate, job, fit, decode, company,
                                                hidden_priorities, mistakes, pitch, stories, story_template, questions,
                                                gap_scripts, curveballs, recovery_steps, questions_to_ask, plan,
                                                cheat_sheet)

std::string playbook_to_json(const Playbook& doc, int indent) {
    // Replace invalid UTF-8 rather than throw: readers repair input, but the
    // writer must never be the thing that crashes.
    return nlohmann::json(doc).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool playbook_from_json(const std::string& text, Playbook& doc, std::string& error) {
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        error = "not valid JSON";
        return false;
    }
    // Compared as JSON values: a "schema" that is not a string is just a mismatch
    // (j.value() would throw on it).
    if (!j.is_object() || !j.contains("schema") || j["schema"] != "playbook/1") {
        error = "not a playbook document (expected \"schema\": \"playbook/1\")";
        return false;
    }
    try {
        doc = j.get<Playbook>();
    } catch (const std::exception& e) {
        error = std::string("playbook document has a field of the wrong type: ") + e.what();
        return false;
    }
    return true;
}

}  // namespace ip
