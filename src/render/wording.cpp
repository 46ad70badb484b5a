#include "render/wording.h"

#include "core/grammar.h"
#include "core/text.h"

namespace ip {

const std::array<SectionInfo, 10>& report_sections() {
    static const std::array<SectionInfo, 10> sections = {{
        {1, "s1", "Your prep starts here",
         "Where you stand at a glance, and the route through this playbook that fits the time you have.",
         "A quick assessment and a plan for 30 minutes or two hours"},
        {2, "s2", "Where you stand", "How your resume measures up against this job, requirement by requirement.",
         "Your fit score, your strengths, your gaps and what to work on first"},
        {3, "s3", "What they actually want",
         "The job description read between the lines, and what the company rewards.",
         "The needs behind the job description and how the company hires"},
        {4, "s4", "Your story, ready to tell",
         "Your answers to \u201cTell me about yourself\u201d, \u201cWhy us?\u201d and \u201cWhy this role?\u201d",
         "A 30-second pitch, a 2-minute pitch and delivery tips"},
        {5, "s5", "Your stories",
         "STAR stories built on your own resume lines. Check the drafts and fill in the blanks before you rehearse.",
         "Interview stories built from your resume, ready to rehearse"},
        {6, "s6", "Questions you are likely to face",
         "What each question is really testing, what a strong answer shows and what sinks one.",
         "Likely questions, what great answers show and the red flags"},
        {7, "s7", "Scripts for the hard moments",
         "Honest answers for the requirements you do not fully meet, and a plan for the questions you cannot answer.",
         "Your requirement check, gap scripts and curveball answers"},
        {8, "s8", "Questions to ask them",
         "Questions that show you have done the homework, grouped by who you are talking to.",
         "Questions for each interviewer you will meet"},
        {9, "s9", "Your 30/60/90-day handout",
         "A one-page plan for your first three months, to leave with the interviewer.",
         "A printable page to leave behind"},
        {10, "s10", "Interview-day cheat sheet", "Everything to glance at before you walk in, on one page.",
         "One page to read just before you go in"},
    }};
    return sections;
}

const SectionInfo& report_section(int number) {
    const auto& all = report_sections();
    return all[static_cast<size_t>(number < 1 ? 0 : number > 10 ? 9 : number - 1)];
}

const char* question_category_label(QuestionCategory c) {
    switch (c) {
        case QuestionCategory::Coding: return "Coding";
        case QuestionCategory::SystemDesign: return "System design";
        case QuestionCategory::Behavioral: return "Behavioral";
        case QuestionCategory::Operational: return "Operational";
        case QuestionCategory::RoleSpecific: return "Role-specific";
    }
    return "";
}

std::string question_label(const Question& q) {
    return q.round.empty() ? std::string(question_category_label(q.category)) : q.round;
}

const char* question_source_label(const std::string& s) {
    if (s == "company") return "From the company\u2019s interview process";
    if (s == "role") return "Typical for this kind of role";
    if (s == "jd") return "From the job description";
    if (s == "resume") return "From your resume";
    return "";
}

const char* requirement_status_label(RequirementStatus s) {
    switch (s) {
        case RequirementStatus::Covered: return "Covered";
        case RequirementStatus::Partial: return "Partial";
        case RequirementStatus::Gap: return "Gap";
    }
    return "";
}

const char* requirement_status_mark(RequirementStatus s) {
    switch (s) {
        case RequirementStatus::Covered: return "\u2713";
        case RequirementStatus::Partial: return "\u25D0";
        case RequirementStatus::Gap: return "\u2717";
    }
    return "";
}

const char* requirement_kind_label(RequirementKind k) {
    switch (k) {
        case RequirementKind::Responsibility: return "Responsibility";
        case RequirementKind::Required: return "Required";
        case RequirementKind::Preferred: return "Preferred";
    }
    return "";
}

const char* settle_topic_label(LogisticsTopic topic) {
    switch (topic) {
        case LogisticsTopic::Authorization: return "Work authorisation";
        case LogisticsTopic::Sponsorship: return "Visa sponsorship";
        case LogisticsTopic::Eligibility: return "Eligibility";
        case LogisticsTopic::Location: return "Location";
        case LogisticsTopic::Schedule: return "Schedule";
        case LogisticsTopic::Travel: return "Travel";
        case LogisticsTopic::Commitment: return "Commitment";
        case LogisticsTopic::Pay: return "Pay";
    }
    return "";
}

const char* const kSettleHeading = "Things to settle";
const char* const kSettleIntro =
    "Terms of the job to agree with the recruiter: not skills, so not gaps, and nothing to bridge.";
const char* const kRisksHeading = "Candidacy risks to prepare for";
const char* const kRisksIntro =
    "What a recruiter may raise about this match before any skill is tested. None of them rules you out: each "
    "is a question to have a calm, one-sentence answer for.";
const char* const kRisksFirstLabel = "Prepare first: what a recruiter may raise";
const char* const kRiskScriptLabel = "What to say";

const char* ask_tag_label(const std::string& tag) {
    if (tag == "company") return "Company-specific";
    if (tag == "role") return "Role-specific";
    return "";
}

std::string long_date(const std::string& iso) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (iso[i] < '0' || iso[i] > '9') return iso;
    const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
    return std::string(months[month - 1]) + " " + std::to_string(day) + ", " + iso.substr(0, 4);
}

std::string company_name(const Playbook& doc) {
    if (!doc.company.name.empty()) return doc.company.name;
    if (doc.job.company && !doc.job.company->empty()) return *doc.job.company;
    return "the company";
}

std::string role_phrase(const Playbook& doc) {
    const std::string title = doc.job.title.value_or("");
    const std::string company = company_name(doc);
    const bool known_company = company != "the company";
    if (!title.empty() && known_company) return title + " at " + company;
    if (!title.empty()) return title;
    if (known_company) return "a role at " + company;
    return "this role";
}

std::string speaking_time(const Rich& text) {
    size_t words = 0;
    bool in_word = false;
    for (char c : rich_to_plain(text)) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    // 150 spoken words a minute, rounded to the nearest 5 seconds.
    const size_t seconds = ((words * 60 / 150) + 2) / 5 * 5;
    if (seconds < 60) return "About " + std::to_string(seconds < 5 ? 5 : seconds) + " seconds";
    const size_t minutes = (seconds + 30) / 60;
    return "About " + count_noun(static_cast<long>(minutes), "minute");
}

std::vector<std::string> default_path_30_minutes() {
    return {"Read where you stand (section 2)", "Say your 30-second pitch out loud (section 4)",
            "Skim your strongest stories (section 5)", "Print the cheat sheet (section 10)"};
}

std::vector<std::string> default_path_2_hours() {
    return {"Read the playbook from start to finish", "Fill in the blanks in every story (section 5)",
            "Answer five likely questions out loud (section 6)",
            "Choose your questions for each interviewer (section 8)"};
}

std::vector<AskGroup> ask_groups(const Playbook& doc) {
    const auto& q = doc.questions_to_ask;
    std::vector<AskGroup> groups = {
        {"For the recruiter", "The process, the timeline and what the company looks for", &q.recruiter},
        {"For the hiring manager", "What success looks like and how the team works", &q.hiring_manager},
        {"For your peers", "The day-to-day reality of the work", &q.peer},
        {"For executives", "Where the company and the team are heading", &q.executive},
    };
    if (!q.special.empty()) {
        const std::string who = q.special_name.empty() ? "special interviewer" : q.special_name;
        groups.push_back({"For the " + who, "The company\u2019s own bar, beyond this team", &q.special});
    }
    return groups;
}

const std::array<PlanPhaseLabels, 3>& plan_phase_labels() {
    static const std::array<PlanPhaseLabels, 3> labels = {{
        {"Days 1\u201330", "Learn", "What I will learn first", "Where my background helps",
         "what will you learn first?"},
        {"Days 31\u201360", "Build", "Where I will start adding value", "What I am keen to learn",
         "where will you add value first?"},
        {"Days 61\u201390", "Own", "What I aim to own", "What I will look into first", "what will you own?"},
    }};
    return labels;
}

const std::vector<Rich>& plan_phase_second(const PlanPhase& phase, int index) {
    if (index == 0) return phase.background_helps;
    if (index == 1) return phase.excited_to_learn;
    return phase.diagnose_first;
}

}  // namespace ip
