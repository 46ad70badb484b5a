// The playbook document: the one structure every view reads (app, exports,
// command line, embedding API). Field names match the JSON keys of
// docs/playbook-json.md exactly.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/candidacy_risk.h"
#include "model/candidate.h"
#include "model/job.h"
#include "model/question_category.h"
#include "model/requirement_status.h"
#include "model/rich_text.h"

namespace ip {

struct Strength {
    std::string title;
    Rich body;
    std::vector<std::string> evidence;  // bullet and requirement ids
};

struct Gap {
    std::string title;
    Rich body;
    std::string requirement;  // requirement id
};

struct RequirementFit {
    std::string id;  // requirement id
    RequirementStatus status = RequirementStatus::Gap;
    std::vector<std::string> evidence;  // bullet ids, "skills-section", "education0", "summary"
    Rich note;
};

// The JD's logistics lines on one topic (schedule, location, eligibility,
// pay ...) and what to ask or say: settled with the recruiter, never a gap.
struct SettleItem {
    LogisticsTopic topic = LogisticsTopic::Schedule;
    std::vector<std::string> requirements;  // requirement ids, JD order
    std::vector<std::string> lines;         // verbatim: those requirements' text, then the posting's other terms lines
    Rich say;
};

struct Subscores {
    int skills = 0;
    int experience = 0;
    int culture = 0;
};

// Something a recruiter may raise about this candidacy before any skill is
// tested, with what the two documents say and a short answer to prepare.
struct CandidacyRisk {
    RiskKind kind = RiskKind::LevelAbove;
    bool serious = false;               // shown before the prep paths and reflected in them
    std::string title;                  // "A step down in level, by choice"
    std::vector<std::string> evidence;  // ids that resolve in the document: position0, r3, education0, certification1
    Rich facts;                         // what the documents say, quoted as fact spans
    Rich script;                        // what to say when it comes up
};

// What each sub-score is computed from, the same counts its sentence cites
// (analyze/score_formula.h turns them into the numbers; docs/scoring.md).
struct SkillsBasis {
    int lines = 0;    // the posting's skill lines (not years, degree, values or logistics lines)
    int covered = 0;  // of them, covered in the requirement check
    int partial = 0;  // of them, partly covered
};

struct ExperienceBasis {
    double years = 0;                                // the candidate's professional years
    int asked_years = 0;                             // the posting's bar, else what its level usually implies
    SeniorityLevel level = SeniorityLevel::Mid;      // the candidate's (mid when the resume does not say)
    SeniorityLevel job_level = SeniorityLevel::Mid;  // the job's (mid when the posting does not say)
    bool same_field = true;                          // the candidate's role family is the job's
    int core_skills = 0;                             // in another field: the job field's core skills
    int core_skills_shown = 0;                       // of them, the ones the resume shows
    int duties = 0;                                  // the posting's responsibility lines
    int duties_covered = 0;
    int duties_partial = 0;
};

struct CultureBasis {
    int values = 0;  // the company's values (a generic profile's when the company is unknown)
    int shown = 0;   // of them, the ones the resume's bullets show
};

struct ScoreBasis {
    SkillsBasis skills;
    ExperienceBasis experience;
    CultureBasis culture;
};

struct SubscoreNotes {
    Rich skills;
    Rich experience;
    Rich culture;
};

struct Fit {
    int score = 0;
    std::string label;  // "Strong match", ...: the band of the score, in words (compose)
    Subscores subscores;
    ScoreBasis basis;
    SubscoreNotes rationale;
    Rich summary;
    std::vector<Strength> strengths;
    std::vector<Gap> gaps;
    std::vector<SettleItem> to_settle;
    std::vector<CandidacyRisk> risks;  // serious ones first, then in RiskKind order
    std::vector<RequirementFit> requirements;
    Rich priority;
    std::vector<std::string> path_30_minutes;
    std::vector<std::string> path_2_hours;
};

struct DecodeRow {
    std::string said;  // requirement id
    Rich means;
    Rich demonstrate;
};

struct CompanyValue {
    std::string name;
    std::string description;
    bool focus = false;  // emphasised by this JD or this candidate's gaps
};

struct CompanyProfile {
    std::string name;
    bool known = false;
    std::vector<CompanyValue> values;
    std::vector<Rich> process;
    std::vector<Rich> culture;
    std::vector<Rich> success;
    std::vector<Rich> unique;
};

struct TitledRich {
    std::string title;
    std::string source;  // for hidden priorities: jd|company; empty elsewhere
    Rich body;
};

struct TwoMinutePitch {
    Rich past, present, pivot, future;
};

struct Pitch {
    Rich thirty_second;
    TwoMinutePitch two_minute;
    Rich why_company;
    Rich why_role;
    std::vector<std::string> tips;
};

struct FollowUp {
    std::string question;
    std::string hint;
};

struct Story {
    std::string id;
    std::string title;
    std::vector<std::string> values;
    std::string anchor;  // bullet id
    std::vector<std::string> use_for;
    Rich situation, task, action, result;
    std::vector<std::string> checklist;
    std::vector<FollowUp> follow_ups;
};

struct Question {
    std::string id;
    QuestionCategory category = QuestionCategory::Behavioral;
    std::string round;  // the field's interview round it belongs to ("Demo lesson"); empty when none fits
    Rich text;
    std::string source;  // company|role|jd|resume
    Rich really_asking;
    std::vector<Rich> great;
    std::vector<Rich> red_flags;
    Rich prep;
    OptString story;  // story id
    std::string practice_prompt;
};

// A blank STAR frame for stories the resume does not hold yet, with the
// company's values to aim at.
struct StoryTemplate {
    std::vector<std::string> values;
    std::vector<std::string> steps;  // prompts for situation, task, action, result, and the close
};

struct GapScript {
    std::string requirement;
    std::string title;
    Rich why_probe;
    Rich script;
    std::vector<std::string> verify;
};

struct Curveball {
    std::string question;
    Rich why;
    std::vector<std::string> framework;
    std::string warning;
};

struct AskItem {
    std::string text;
    std::string why;
    std::string tag;  // general|company|role
};

struct QuestionsToAsk {
    std::vector<AskItem> recruiter, hiring_manager, peer, executive, special;
    std::string special_name;  // e.g. "Bar Raiser"; empty when the company has none
};

struct PlanPhase {
    std::vector<Rich> focus;
    std::vector<Rich> background_helps;  // days_30
    std::vector<Rich> excited_to_learn;  // days_60
    std::vector<Rich> diagnose_first;    // days_90
    std::vector<Rich> milestone;
};

struct Plan {
    PlanPhase days_30, days_60, days_90;
};

struct StoryBankEntry {
    std::string story;
    std::string question;
};

struct CheatSheet {
    Rich pitch;
    std::vector<StoryBankEntry> story_bank;
    std::vector<Rich> company_facts;
    std::vector<Rich> selling_points;
    Rich gap_answer;
    std::vector<std::string> curveball;
    std::vector<std::string> questions_to_ask;
    std::vector<std::string> remember;
};

struct Playbook {
    std::string schema = "playbook/1";
    std::string generated;  // YYYY-MM-DD, an input
    Candidate candidate;
    Job job;
    Fit fit;
    std::vector<DecodeRow> decode;
    CompanyProfile company;
    std::vector<TitledRich> hidden_priorities;
    std::vector<TitledRich> mistakes;
    Pitch pitch;
    std::vector<Story> stories;
    StoryTemplate story_template;
    std::vector<Question> questions;
    std::vector<GapScript> gap_scripts;
    std::vector<Curveball> curveballs;
    std::vector<std::string> recovery_steps;  // the 4-step recovery for unknown answers
    QuestionsToAsk questions_to_ask;
    Plan plan;
    CheatSheet cheat_sheet;
};

}  // namespace ip
