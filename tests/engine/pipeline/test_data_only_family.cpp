// Adding a role family is a data-only change (assets/README.md, "Adding a role
// family"): the shipped assets are copied to a temporary folder, a pharmacist
// family is added there with its own title keywords, interview rounds,
// question bank, plan ideas, strength wording and register words, and a
// pharmacist's playbook comes out in that family's register with no C++
// change. The same posting against the shipped assets goes to the fallback
// family, so what the playbook says here comes from the added files.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "analyze/analysis.h"
#include "core/text.h"
#include "model/document_json.h"
#include "pipeline/generate.h"
#include "test_support.h"

using namespace ip;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    REQUIRE(out.good());
    out << text;
}

// The shipped assets in a fresh temporary folder, removed when the test ends.
class AssetCopy {
public:
    AssetCopy() : dir_(fs::temp_directory_path() / ("ip-family-" + std::to_string(::getpid()))) {
        fs::remove_all(dir_);
        fs::copy(IP_SOURCE_ASSETS_DIR, dir_, fs::copy_options::recursive);
    }
    ~AssetCopy() {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    const fs::path& dir() const { return dir_; }

private:
    fs::path dir_;
};

nlohmann::json pharmacy_family() {
    return nlohmann::json::parse(R"J({
      "id": "pharmacy", "name": "Pharmacy",
      "title_keywords": ["pharmacist", "pharmacy resident"],
      "core_skills": ["pharmacy", "pharmacology", "medication_administration"],
      "question_mix": {"behavioral": 4, "operational": 2, "role_specific": 6},
      "levels": {"junior": "Verifies orders safely and asks before guessing.",
                 "mid": "Runs a shift's verification queue and counsels patients on their own.",
                 "senior": "Leads the formulary work and teaches residents.",
                 "staff": "Sets medication-safety policy across sites.",
                 "manager": "Runs the pharmacy department: staffing, budget and accreditation."},
      "learn": ["learn the hospital formulary and its restricted-drug rules",
                "shadow each formulary pharmacist on verification and discharge counselling"],
      "build": ["take over one formulary review with the antimicrobial stewardship team"],
      "own": ["own the formulary updates for one service line"],
      "rounds": [
        {"id": "screen", "name": "Pharmacy recruiter screen",
         "tests": "licensure, shift pattern and why hospital pharmacy"},
        {"id": "verification", "name": "Order-verification scenarios with the pharmacy manager",
         "tests": "catching unsafe orders, dosing in renal failure and calling the prescriber", "signature": true},
        {"id": "workflow", "name": "Dispensary walk-through with staff pharmacists",
         "tests": "how you run the queue, the technicians and the controlled-substance counts", "signature": true,
         "category": "operational"},
        {"id": "behavioral", "name": "Behavioral questions", "tests": "errors, conflict and patient counselling",
         "category": "behavioral"}
      ]})J");
}

nlohmann::json pharmacy_question(const std::string& id, const std::string& category, const std::string& round,
                                 const std::string& text, const std::string& theme) {
    nlohmann::json q = {
        {"id", id},
        {"families", {"pharmacy"}},
        {"category", category},
        {"text", text},
        {"themes", {theme}},
        {"levels", nlohmann::json::array()},
        {"really_asking",
         "Whether you keep patients safe when the order, the clock and the "
         "prescriber pull the other way."},
        {"great",
         {"Safety first: stops the dose before anything else.",
          "Evidence: names the reference or the lab value that decides it.",
          "Escalation: calls the prescriber and documents the call.",
          "Follow-up: checks the patient after the change."}},
        {"red_flags",
         {"Guessing: verifies an order it is unsure of.", "Silence: changes a dose without telling anyone.",
          "Blame: makes the story about the prescriber.", "No record: nothing written down."}},
        {"prep", "Walk through one real verification you stopped, from the alert to the follow-up."}};
    if (!round.empty()) q["round"] = round;
    return q;
}

nlohmann::json pharmacy_bank() {
    nlohmann::json qs = nlohmann::json::array();
    const char* verification[] = {
        "A vancomycin order arrives for a patient whose creatinine doubled overnight. What do you do?",
        "The prescriber insists on a dose above the hospital's maximum. Walk me through the call.",
        "You spot a serious interaction between a new antifungal and the patient's statin. What next?",
        "A paediatric order is written in milligrams per kilogram with the weight missing. How do you proceed?",
        "Two look-alike insulin orders reach your queue within a minute. How do you verify them?",
        "An allergy note says penicillin, rash, 1998, and a cephalosporin is ordered. What do you decide?"};
    int n = 0;
    for (const char* t : verification)
        qs.push_back(pharmacy_question("ph-ver-" + std::to_string(++n), "role_specific", "verification", t, "safety"));
    qs.push_back(pharmacy_question("ph-role-1", "role_specific", "",
                                   "How do you counsel a patient going home on a new anticoagulant?", "customer"));
    qs.push_back(pharmacy_question("ph-role-2", "role_specific", "",
                                   "How do you teach nurses a new high-alert medication policy?", "communication"));
    qs.push_back(pharmacy_question("ph-ops-1", "operational", "",
                                   "The verification queue hits sixty orders at shift change. What do you do first?",
                                   "prioritization"));
    qs.push_back(pharmacy_question("ph-ops-2", "operational", "",
                                   "The controlled-substance count is off by two tablets at the end of your shift. "
                                   "Walk me through it.",
                                   "trust"));
    qs.push_back(pharmacy_question("ph-ops-3", "operational", "",
                                   "A technician keeps filling the automated cabinets late. How do you handle it?",
                                   "leadership"));
    qs.push_back(pharmacy_question("ph-beh-1", "behavioral", "",
                                   "Tell me about a medication error you caught or made, and what changed after it.",
                                   "failure"));
    return {{"questions", qs}};
}

// Adds the pharmacy family to the copy: roles, bank, register words, a strength title in its words.
void add_pharmacy(const fs::path& dir) {
    nlohmann::json roles = nlohmann::json::parse(read_file(dir / "roles.json"));
    roles["roles"].push_back(pharmacy_family());
    write_file(dir / "roles.json", roles.dump(2));
    write_file(dir / "questions" / "pharmacy.json", pharmacy_bank().dump(2));
    nlohmann::json reg = nlohmann::json::parse(read_file(dir / "register.json"));
    reg["foreign_words"]["pharmacy"] = {"shipped", "roadmap", "sprint", "customers"};
    write_file(dir / "register.json", reg.dump(2));
    write_file(dir / "phrasing" / "pharmacy.json",
               R"J({"phrasing": {"strength_title.customer.pharmacy": ["Patients at the centre of the dispensary"]}})J");
}

Inputs pharmacist_inputs() {
    Inputs in;
    in.resume = R"(Priya Raman, PharmD
priya.raman@example.com | (555) 014-2231 | Columbus, OH

SUMMARY
Hospital pharmacist with six years of order verification, renal dosing and discharge counselling.

EXPERIENCE
Clinical Pharmacist, Mercy Valley Hospital, Columbus, OH — June 2020 – Present
- Verified 350+ medication orders per shift for a 280-bed hospital, stopping 12 unsafe doses a month
- Led renal dosing reviews with the nephrology team, cutting vancomycin trough delays by 40%
- Counselled 25 patients a week on anticoagulants before discharge
- Trained 6 pharmacy residents in sterile compounding and verification

Pharmacy Resident, Ohio State Wexner Medical Center, Columbus, OH — July 2019 – June 2020
- Completed rotations in critical care, infectious diseases and oncology
- Presented a formulary review of two anticoagulants to the pharmacy and therapeutics committee

EDUCATION
Doctor of Pharmacy (PharmD), The Ohio State University, 2019

LICENSES AND CERTIFICATIONS
Registered Pharmacist, Ohio State Board of Pharmacy
Board Certified Pharmacotherapy Specialist (BCPS), 2022
)";
    in.resume_filename = "priya.txt";
    in.job = R"(Staff Pharmacist
Riverbend Community Hospital — Dayton, OH

About the role
Riverbend Community Hospital is hiring a staff pharmacist for its inpatient pharmacy.

Responsibilities
- Verify medication orders for safety, dose and interactions
- Provide renal dosing and anticoagulation monitoring
- Counsel patients at discharge on new medications
- Supervise pharmacy technicians and controlled-substance counts

Requirements
- Doctor of Pharmacy (PharmD)
- Active pharmacist license in Ohio
- 2+ years of hospital pharmacy experience
- BCPS preferred
)";
    in.job_filename = "riverbend.txt";
    in.today = "2026-12-07";
    return in;
}

std::set<std::string> rounds_asked(const Playbook& doc) {
    std::set<std::string> out;
    for (const auto& q : doc.questions) out.insert(q.round);
    return out;
}

}  // namespace

TEST_CASE("a role family added only in the asset files gets its own rounds, questions and words") {
    const Inputs in = pharmacist_inputs();

    // Shipped assets: no pharmacy family, so the fallback family takes the posting.
    const GenerateResult shipped = generate_playbook(test::knowledge(), in);
    REQUIRE(shipped.ok);
    const Analysis shipped_analysis = build_analysis(test::knowledge(), shipped.doc);
    REQUIRE(shipped_analysis.job_family);
    CHECK(shipped_analysis.job_family->fallback);

    AssetCopy copy;
    add_pharmacy(copy.dir());
    Knowledge kb;
    std::string error;
    INFO(error);
    REQUIRE(load_knowledge_dir(copy.dir().string(), kb, error));
    const GenerateResult r = generate_playbook(kb, in);
    REQUIRE(r.ok);
    CHECK(r.template_problems.empty());
    const Playbook& doc = r.doc;
    const Analysis a = build_analysis(kb, doc);
    REQUIRE(a.job_family);
    CHECK(a.job_family->id == "pharmacy");

    // Its signature rounds are asked, labelled with the rounds' own names.
    REQUIRE(doc.questions.size() == 12);
    const std::set<std::string> asked = rounds_asked(doc);
    CHECK(asked.count("Order-verification scenarios with the pharmacy manager"));
    CHECK(asked.count("Dispensary walk-through with staff pharmacists"));
    // Its own bank fills most of the field's own categories.
    const nlohmann::json pharmacy = pharmacy_bank();
    std::set<std::string> bank;
    for (const auto& q : pharmacy["questions"]) bank.insert(q["text"].get<std::string>());
    size_t from_bank = 0;
    for (const auto& q : doc.questions) from_bank += bank.count(rich_to_plain(q.text));
    CHECK(from_bank >= 4);  // the rest are written from the resume and the posting, or are shared behavioral ones

    // The company is unknown, so the interview process is the family's loop.
    REQUIRE(!doc.company.known);
    REQUIRE(doc.company.process.size() == 4);
    CHECK(
        starts_with(rich_to_plain(doc.company.process[1]), "Order-verification scenarios with the pharmacy manager:"));
    // The 30-day plan draws on its own ideas.
    bool plan_idea = false;
    for (const auto& f : doc.plan.days_30.focus) plan_idea = plan_idea || contains(rich_to_plain(f), "formulary");
    CHECK(plan_idea);

    // Nothing from another field's register in the whole document.
    const std::string json = to_lower(playbook_to_json(doc));
    for (const char* foreign :
         {"deploy", "sprint", "roadmap", "codebase", "on-call", "architecture diagram", "load test", "pull request"})
        CHECK_FALSE(contains(json, foreign));
}

TEST_CASE("an added family's question naming a round its family lacks is reported with the file and the entry") {
    AssetCopy copy;
    add_pharmacy(copy.dir());
    nlohmann::json bank = pharmacy_bank();
    bank["questions"][0]["round"] = "portfolio_review";
    write_file(copy.dir() / "questions" / "pharmacy.json", bank.dump(2));
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge_dir(copy.dir().string(), kb, error));
    CHECK(error ==
          "assets/questions/pharmacy.json: question #1 (\"ph-ver-1\"): round \"portfolio_review\" is not a round of "
          "\"pharmacy\" in roles.json");
}
