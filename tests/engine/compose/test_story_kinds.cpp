// Stories built from what the bullet says: each line's kind of work is read
// from its own words (assets/stories.json), the story drafts only what
// follows from a line of that kind, in its register, and marks every invented
// sentence as a draft; its questions are the ones its kind answers; the line
// the job cares most about gets a story.
#include <algorithm>
#include <catch2/catch.hpp>
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
    CHECK(kind_of("Educated patients and families on heart-failure self-care before discharge") ==
          "patient_education");
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
                    // The plain words left only join the resume's facts: "I was a ", " at ", "The result: ".
                    INFO(s.title << ": " << sp.text);
                    if (sp.kind == SpanKind::Plain) CHECK(word_count(sp.text) < 4);
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
