// Stories built from what the bullet says: each line's kind of work is read
// from its own words (assets/stories.json), the story drafts only what
// follows from a line of that kind, in its register, and marks every invented
// sentence as a draft; its questions are the ones its kind answers; the line
// the job cares most about gets a story.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "analyze/work_kind.h"
#include "core/text.h"
#include "model/rich_text.h"
#include "test_support.h"

using namespace ip;
using namespace ip::test;

namespace {

std::string kind_of(const std::string& line) {
    const StoryKindDef* k = work_kind(knowledge(), line);
    return k ? k->id : "";
}

// Every resume x own-job pair of the labeled corpus.
const std::vector<GenerateResult>& own_job_playbooks() {
    static const std::vector<GenerateResult> out = [] {
        std::vector<GenerateResult> v;
        const auto index = nlohmann::json::parse(read_fixture("corpus.json"), nullptr, false);
        std::map<std::string, std::string> job_files;
        for (const auto& j : index["jobs"]) job_files[j.value("id", "")] = j.value("file", "");
        for (const auto& r : index["resumes"])
            for (const auto& j : r["own_jobs"])
                v.push_back(generate_fixture(r.value("file", ""), job_files[j.get<std::string>()]));
        return v;
    }();
    return out;
}

std::string story_text(const Story& s) {
    return rich_to_plain(s.situation) + " " + rich_to_plain(s.task) + " " + rich_to_plain(s.action) + " " +
           rich_to_plain(s.result);
}

// The story's drafted sentences only: what the engine wrote in the kind's register.
std::string drafted(const Story& s) {
    std::string out;
    for (const Rich* r : {&s.situation, &s.task, &s.action, &s.result})
        for (const Span& sp : *r)
            if (sp.kind == SpanKind::Draft) out += sp.text + " ";
    return to_lower(out);
}

const Story* story_on(const Playbook& d, const std::string& bullet_text) {
    for (const Story& s : d.stories)
        for (const Position& p : d.candidate.positions)
            for (const Bullet& b : p.bullets)
                if (b.id == s.anchor && contains(b.text, bullet_text)) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("story kinds: a line's kind of work is read from its own words") {
    CHECK(kind_of("Cared for 5 to 6 cardiac step-down patients a shift") == "clinical_care");
    CHECK(kind_of("Precepted 9 new graduate nurses through their first 90 days") == "mentoring");
    CHECK(kind_of("Supervised 12 nurses across the night shift on a 30-bed telemetry unit") == "people_leadership");
    CHECK(kind_of("Cut missed medication scans by 40% with a bedside checklist") == "safety");
    CHECK(kind_of("Educated patients and families on heart-failure self-care before discharge") == "patient_education");
    CHECK(kind_of("Taught 4 sections of 6th grade science to 120 students") == "teaching");
    CHECK(kind_of("Founded the robotics club, growing it from 8 to 46 students") == "community");
    CHECK(kind_of("Migrated 40 services from a legacy monolith to Kubernetes") == "migration");
    CHECK(kind_of("Built CI/CD pipelines in GitHub Actions, cutting build time from 40 to 12 minutes") ==
          "delivery_pipeline");
    CHECK(kind_of("Built Airflow and Spark pipelines ingesting 2B events/day into the warehouse") == "data_pipeline");
    CHECK(kind_of("Improved search relevance for 30M queries a day, raising NDCG by 8%") == "search_relevance");
    CHECK(kind_of("Closed $2.4M in new ARR, 130% of quota") == "sales");
    CHECK(kind_of("Redesigned the checkout flow in Figma, tested with 40 users") == "design");
    CHECK(kind_of("Redesigned the experimentation methods with CUPED and sequential testing") == "experimentation");
    CHECK(kind_of("Built the quarterly forecast and variance analysis for a $40M P&L") == "finance_analysis");
    CHECK(kind_of("Cut AWS spend by $1.2M a year by rightsizing clusters") == "cost");
    CHECK(kind_of("Led the unit's rapid response drills every quarter") == "preparedness");
    CHECK(kind_of("Brought accessibility issues in checkout from 54 to 4 by running WCAG audits") == "accessibility");
    CHECK(kind_of("Wrote the internal \"Causal Inference 101\" course taken by 250 analysts and PMs") == "training");
    CHECK(kind_of("Automated weekly marketplace-health reporting in Python and SQL, saving analysts 15 hours a week") ==
          "automation");
    CHECK(kind_of("Built delivery-time prediction models (LightGBM) that cut late-delivery complaints by 23%") ==
          "modeling");
    // A line no word places gets the fallback, never nothing.
    CHECK(kind_of("Did several things") == knowledge().story_kinds.back().id);
}

TEST_CASE("story kinds: every invented story sentence is a draft span, over the corpus") {
    size_t stories = 0, drafts = 0;
    for (const GenerateResult& r : own_job_playbooks()) {
        REQUIRE(r.ok);
        for (const Story& s : r.doc.stories) {
            ++stories;
            for (const Rich* line : {&s.situation, &s.task, &s.action, &s.result})
                for (const Span& sp : *line) {
                    // The plain words left only join the resume's facts: "I was a ", " at ",
                    // "I designed and built ", "The result: ".
                    INFO(s.title << ": " << sp.text);
                    if (sp.kind == SpanKind::Plain) CHECK(word_count(sp.text) < 8);
                    if (sp.kind == SpanKind::Draft) ++drafts;
                }
        }
    }
    CHECK(stories >= 100);
    CHECK(drafts >= stories * 3);  // situation, task and action each carry one
}

TEST_CASE("story kinds: a story's questions are the ones its kind of work answers") {
    const Knowledge& kb = knowledge();
    size_t checked = 0;
    for (const GenerateResult& r : own_job_playbooks())
        for (const Story& s : r.doc.stories) {
            const Bullet* bullet = nullptr;
            for (const Position& p : r.doc.candidate.positions)
                for (const Bullet& b : p.bullets)
                    if (b.id == s.anchor) bullet = &b;
            for (const Project& p : r.doc.candidate.projects)
                for (const Bullet& b : p.bullets)
                    if (b.id == s.anchor) bullet = &b;
            REQUIRE(bullet);
            const StoryKindDef* kind = work_kind(kb, bullet->text);
            REQUIRE(kind);
            for (const std::string& text : s.use_for) {
                const auto q = std::find_if(kb.questions.begin(), kb.questions.end(),
                                            [&](const QuestionDef& d) { return d.text == text; });
                REQUIRE(q != kb.questions.end());
                const bool shared = std::any_of(q->themes.begin(), q->themes.end(), [&](const std::string& t) {
                    return std::find(kind->answers.begin(), kind->answers.end(), t) != kind->answers.end();
                });
                INFO(s.title << " (" << kind->id << ") -> " << text);
                CHECK(shared);
                ++checked;
            }
        }
    CHECK(checked >= 200);
}

TEST_CASE("story kinds: a nurse's stories speak of patients and shifts, not engineers or the business") {
    const GenerateResult r = generate_fixture("resumes/dana-whitfield.txt", "jobs/kaiser-icu-rn.txt");
    REQUIRE(r.ok);
    REQUIRE(r.doc.stories.size() >= 4);
    for (const Story& s : r.doc.stories) {
        const std::string d = drafted(s);
        INFO(s.title << ": " << d);
        for (const char* foreign : {"engineer", "business", "customer", "code", "production", "release", "deadline"})
            CHECK_FALSE(contains(d, foreign));
    }
    const Story* care = story_on(r.doc, "Cared for 5 to 6");
    REQUIRE(care);
    CHECK(contains(drafted(*care), "patient"));
    // The line is said whole once, never cut inside its range ("I cared for 5.").
    const std::string text = story_text(*care);
    CHECK(contains(text, "I cared for 5 to 6 cardiac step-down patients a shift."));
    CHECK_FALSE(contains(text, "I cared for 5."));
    CHECK_FALSE(contains(text, "The result: Cared for"));
    // The title names the kind of work: patient care, not "Customer Focus".
    CHECK_FALSE(contains(to_lower(care->title), "customer"));
    const Story* drills = story_on(r.doc, "rapid response drills");
    if (drills) CHECK_FALSE(contains(to_lower(drills->title), "fast"));
}

TEST_CASE("story kinds: a teacher's stories speak of students and lessons") {
    const GenerateResult r = generate_fixture("resumes/laura-mitchell.txt", "jobs/cedar-ridge-science-teacher.txt");
    REQUIRE(r.ok);
    bool students = false;
    for (const Story& s : r.doc.stories) {
        const std::string d = drafted(s);
        INFO(s.title << ": " << d);
        for (const char* foreign : {"engineer", "one-on-one", "code", "production", "customer", "the business"})
            CHECK_FALSE(contains(d, foreign));
        students = students || contains(d, "student");
    }
    CHECK(students);
}

TEST_CASE("stories: a line opening with an irregular past verb is said in the first person") {
    const char* resume =
        "Maria Lopez, RN\nmaria.lopez@example.com\n\nEXPERIENCE\nCharge Nurse, St. Anne Hospital, 2021 - Present\n"
        "- Kept a 24-bed medical-surgical unit staffed through two flu seasons\n"
        "- Cut call-light response time from 6 to 3 minutes\n"
        "Staff Nurse, Lakeview Clinic, 2017 - 2021\n- Cared for 5 to 6 post-operative patients a shift\n";
    Inputs in;
    in.resume = resume;
    in.resume_filename = "maria.txt";
    in.job = "Registered Nurse - Medical/Surgical\nRiverside Health\n\nRequirements:\n- Experience as a charge nurse\n";
    in.job_filename = "rn.txt";
    in.today = "2026-12-07";
    const GenerateResult r = generate_playbook(knowledge(), in);
    REQUIRE(r.ok);
    const Pitch& p = r.doc.pitch;
    std::string said = rich_to_plain(p.thirty_second) + " " + rich_to_plain(p.two_minute.past) + " " +
                       rich_to_plain(p.two_minute.present) + " " + rich_to_plain(p.why_company) + " ";
    for (const Story& s : r.doc.stories) said += story_text(s) + " ";
    INFO(said);
    CHECK_FALSE(contains(said, "worked on Kept"));
    CHECK_FALSE(contains(said, "I cared for 5."));
    CHECK(contains(said, "I kept a 24-bed medical-surgical unit staffed"));
}

TEST_CASE("stories: the line the job cares most about gets the first story") {
    Inputs in;
    in.resume =
        "Alex Rivera\nalex@example.com\n\nEXPERIENCE\nSoftware Engineer, Shopwise, 2019 - Present\n"
        "- Cut AWS spend by $1.2M a year by rightsizing 300 clusters and moving batch jobs to spot instances\n"
        "- Led the migration of 40 services from a legacy monolith, cutting deploy time by 70%\n"
        "- Tuned product search ranking and query understanding for 2M shoppers a month\n";
    in.resume_filename = "alex.txt";
    in.job =
        "Software Engineer, Search Relevance\nFindly\n\nResponsibilities:\n"
        "- Improve search ranking and relevance for millions of queries\n"
        "- Build query understanding and retrieval features\n\nRequirements:\n"
        "- 3+ years building search or ranking systems\n";
    in.job_filename = "search.txt";
    in.today = "2026-12-07";
    const GenerateResult r = generate_playbook(knowledge(), in);
    REQUIRE(r.ok);
    REQUIRE_FALSE(r.doc.stories.empty());
    const Story* search = story_on(r.doc, "search ranking");
    REQUIRE(search);
    CHECK(search->id == r.doc.stories.front().id);
}

TEST_CASE("handout: plans and selling points are the candidate's own words, with no gap named and nothing cut") {
    size_t points = 0;
    for (const GenerateResult& r : own_job_playbooks()) {
        const Playbook& d = r.doc;
        // Skills of the lines the resume does not meet that the resume never names: a weakness if printed.
        const std::string resume = to_lower(r.sources.resume);
        std::vector<std::string> missing;
        for (const Requirement& q : d.job.requirements) {
            const auto fit = std::find_if(d.fit.requirements.begin(), d.fit.requirements.end(),
                                          [&](const RequirementFit& f) { return f.id == q.id; });
            if (fit == d.fit.requirements.end() || fit->status != RequirementStatus::Gap) continue;
            for (const std::string& skill : q.skills) {
                const bool held = std::any_of(d.candidate.skills.begin(), d.candidate.skills.end(),
                                              [&](const SkillRef& s) { return s.name == skill; });
                if (!held && skill.size() > 3 && !contains(resume, to_lower(skill))) missing.push_back(to_lower(skill));
            }
        }
        // The team's work may be named anywhere in the plan; what the candidate brings and
        // is keen to learn never names a skill the resume lacks.
        std::vector<const Rich*> printed, about_me;
        for (const PlanPhase* ph : {&d.plan.days_30, &d.plan.days_60, &d.plan.days_90}) {
            for (const auto* list : {&ph->focus, &ph->diagnose_first, &ph->milestone})
                for (const Rich& item : *list) printed.push_back(&item);
            for (const auto* list : {&ph->background_helps, &ph->excited_to_learn})
                for (const Rich& item : *list) about_me.push_back(&item);
        }
        for (const Rich& item : d.cheat_sheet.selling_points) {
            printed.push_back(&item);
            ++points;
            const std::string text = to_lower(rich_to_plain(item));
            INFO(text);
            CHECK_FALSE(contains(" " + text + " ", " you "));
            CHECK((starts_with(rich_to_plain(item), "I ") || contains(rich_to_plain(item), ": I ")));
        }
        printed.insert(printed.end(), about_me.begin(), about_me.end());
        for (const Rich* item : printed) {
            const std::string text = to_lower(rich_to_plain(*item));
            INFO(d.candidate.name.value_or("") << " x " << d.job.title.value_or("") << ": " << text);
            CHECK_FALSE(contains(text, "\u2026"));
            CHECK_FALSE(contains(text, "..."));
            for (const Span& s : *item) CHECK(s.kind != SpanKind::Draft);
            const bool mine = std::find(about_me.begin(), about_me.end(), item) != about_me.end();
            if (mine)
                for (const std::string& skill : missing) CHECK_FALSE(contains(text, skill));
        }
    }
    CHECK(points >= 40);
}
