#include <catch2/catch.hpp>

#include <string>

#include "core/text.h"
#include "knowledge/knowledge.h"
#include "knowledge/knowledge_file.h"
#include "knowledge/minimal_knowledge.h"

using namespace ip;

namespace {

// The minimal knowledge base with `from` replaced by `to` in one file; the
// replacement must happen, so a test can never pass by editing nothing.
std::string error_after_edit(const std::string& file, const std::string& from, const std::string& to) {
    auto files = test::minimal_knowledge_files();
    REQUIRE(files.count(file));
    REQUIRE(contains(files[file], from));
    files[file] = replace_all(files[file], from, to);
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    return error;
}

std::string error_with_file(const std::string& file, const std::string& text) {
    auto files = test::minimal_knowledge_files();
    files[file] = text;
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    return error;
}

}  // namespace

TEST_CASE("broken JSON names the file and the parser's position") {
    CHECK_THAT(error_with_file("skills.json", "{\"skills\": [\n  {\"id\": \"java\",}\n]}"),
               Catch::Matchers::StartsWith("assets/skills.json: not valid JSON: parse error at line 2"));
    CHECK(error_with_file("verbs.json", "").rfind("assets/verbs.json: not valid JSON", 0) == 0);
    CHECK(error_with_file("verbs.json", "{\"verbs\": [\"\xC3\"]}") == "assets/verbs.json: not valid UTF-8");
}

TEST_CASE("absurd nesting and the wrong top-level shape are rejected before reading entries") {
    CHECK(error_with_file("skills.json", std::string(5000, '[') + std::string(5000, ']')) ==
          "assets/skills.json: JSON nested deeper than 12 levels");
    // Brackets inside strings do not count as nesting.
    auto files = test::minimal_knowledge_files();
    files["phrasing.json"] = R"({"phrasing": {"remember": ["[[[[[[[[[[[[[[[[[[[[ {x} ]]]]]]]]]]]]]]]]]]]]"]}})";
    Knowledge kb;
    std::string error;
    CHECK(load_knowledge(files, kb, error));

    CHECK(error_with_file("skills.json", "[]") ==
          "assets/skills.json: expected an object with the key \"skills\" (and optional \"_\" notes)");
    CHECK(error_with_file("skills.json", R"({"skills": {}})") == "assets/skills.json: \"skills\" must be a list");
    CHECK(error_with_file("phrasing.json", R"({"phrasing": []})") ==
          "assets/phrasing.json: \"phrasing\" must be an object");
    CHECK(error_with_file("roles.json", R"({"roles": [], "extra": 1})") ==
          "assets/roles.json: expected an object with the key \"roles\" (and optional \"_\" notes)");
}

TEST_CASE("missing keys, wrong types and unknown keys name the entry") {
    CHECK(error_after_edit("skills.json", R"("name": "Kotlin", )", "") ==
          "assets/skills.json: skill #2 (\"kotlin\"): missing \"name\"");
    CHECK(error_after_edit("skills.json", R"("aliases": ["k8s"])", R"("aliases": "k8s")") ==
          "assets/skills.json: skill #3 (\"kubernetes\"): \"aliases\" must be a list of strings");
    CHECK(error_after_edit("skills.json", R"({"id": "kotlin", )", R"({"id": 7, )") ==
          "assets/skills.json: skill #2: \"id\" must be a string");
    CHECK(error_after_edit("skills.json", R"("name": "Kotlin")", R"("name": "  ")") ==
          "assets/skills.json: skill #2 (\"kotlin\"): \"name\" is empty");
    CHECK(error_after_edit("questions/software.json", R"("prep":)", R"("prepare":)") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): unknown key \"prepare\"");
    CHECK(error_after_edit("verbs.json", R"("seniority": 1)", R"("seniority": 3)") ==
          "assets/verbs.json: verb #1 (\"led\"): \"seniority\" must be between 0 and 2");
    CHECK(error_after_edit("verbs.json", R"("base": "build")", R"("base": "build up")") ==
          "assets/verbs.json: verb #2 (\"built\"): verb form \"build up\" must be one word");
    CHECK(error_after_edit("words.json", R"(["latency"])", R"(["latency", "Latency"])") ==
          "assets/words.json: bare_nouns #2 (\"Latency\"): must be one lower-case word");
    CHECK(error_after_edit("words.json", R"(["reduced"])", R"(["reduced", "reduced"])") ==
          "assets/words.json: measure_verbs #2 (\"reduced\"): listed twice");
    CHECK(
        error_after_edit("words.json", R"("measure_verbs")", R"("measure_verb")") ==
        "assets/words.json: unknown key \"measure_verb\" (expected bare_nouns, measure_verbs, resume_headings, "
        "heading_modifiers, career_breaks, honours, document_names, credentials_in_progress, metrics, titles, bullets, verb_forms, skills, voice, postings, logistics, composing)");
    CHECK(error_after_edit("words.json", R"("skills": ["skills"])", R"("skills": ["experience"])") ==
          "assets/words.json: resume_headings.skills (\"experience\"): already names a section");
    CHECK(error_after_edit("words.json", R"("career_breaks": ["career break"])",
                           R"("career_breaks": ["Career break"])") ==
          "assets/words.json: career_breaks #1 (\"Career break\"): must be one lower-case phrase");
    CHECK(error_after_edit("words.json", R"("other": ["awards"])", R"("others": ["awards"])") ==
          "assets/words.json: resume_headings: unknown section \"others\"");
    CHECK(error_after_edit("verbs.json", R"("seniority": 1)", R"("seniority": 1.5)") ==
          "assets/verbs.json: verb #1 (\"led\"): \"seniority\" must be an integer");
    CHECK(error_after_edit("skills.json", R"({"id": "kotlin", "name": "Kotlin", "category": "language"})", "42") ==
          "assets/skills.json: skill #2: must be a JSON object");
    CHECK(error_after_edit("companies/generic.json", R"("generic": true)", R"("generic": "yes")") ==
          "assets/companies/generic.json: \"generic\" must be true or false");
}

TEST_CASE("identifiers and lower-case fields are enforced") {
    CHECK(error_after_edit("skills.json", R"("id": "kotlin")", R"("id": "Kotlin-JVM")") ==
          "assets/skills.json: skill #2 (\"Kotlin-JVM\"): \"id\" \"Kotlin-JVM\" must use only a-z, 0-9 and _");
    CHECK(error_after_edit("companies/amazon.json", R"("signals": ["customer"])", R"("signals": ["Customer"])") ==
          "assets/companies/amazon.json: value #1 (\"Customer Obsession\"): \"signals\" item \"Customer\" must be "
          "lower-case");
    CHECK(
        error_after_edit("roles.json", R"(["software engineer"])", R"(["Software Engineer"])") ==
        "assets/roles.json: role #1 (\"software\"): \"title_keywords\" item \"Software Engineer\" must be lower-case");
}

TEST_CASE("ids must be unique, within a file and across files") {
    CHECK(error_after_edit("skills.json", R"({"id": "kotlin")", R"({"id": "java")") ==
          "assets/skills.json: skill #2 (\"java\"): id \"java\" is already used by assets/skills.json: skill #1 "
          "(\"java\")");
    auto files = test::minimal_knowledge_files();
    files["questions/general.json"] = replace_all(files["questions/software.json"], "\"software\"", "\"any\"");
    Knowledge kb;
    std::string error;
    CHECK_FALSE(load_knowledge(files, kb, error));
    CHECK(error ==
          "assets/questions/software.json: question #1 (\"sw-1\"): id \"sw-1\" is already used by "
          "assets/questions/general.json: question #1 (\"sw-1\")");
    CHECK(error_after_edit("verbs.json", R"("past": "built")", R"("past": "led")") ==
          "assets/verbs.json: verb #2 (\"led\"): id \"led\" is already used by assets/verbs.json: verb #1 (\"led\")");
}

TEST_CASE("references must resolve") {
    CHECK(error_after_edit("skills.json", R"("related": ["java"])", R"("related": ["k8s-ops"])") ==
          "assets/skills.json: skill #3 (\"kubernetes\"): related id \"k8s-ops\" does not exist");
    CHECK(error_after_edit("roles.json", R"("core_skills": ["java"])", R"("core_skills": ["cobol"])") ==
          "assets/roles.json: role #1 (\"software\"): core skill \"cobol\" does not exist");
    CHECK(error_after_edit("questions/software.json", R"("families": ["software"])", R"("families": ["sales"])") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): family \"sales\" is not a role id or \"any\"");
    CHECK(error_after_edit("curveballs.json", R"("families": ["any"])", R"("families": ["nursing"])") ==
          "assets/curveballs.json: curveball #1 (\"cb-1\"): family \"nursing\" is not a role id or \"any\"");
}

TEST_CASE("theme tags must be defined in themes.json") {
    CHECK(error_after_edit("companies/amazon.json", R"("themes": ["customer"])", R"("themes": ["customers"])") ==
          "assets/companies/amazon.json: value #1 (\"Customer Obsession\"): theme \"customers\" is not in themes.json");
    CHECK(error_after_edit("questions/software.json", R"("themes": ["ownership"])", R"("themes": ["grit"])") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): theme \"grit\" is not in themes.json");
    CHECK(error_after_edit("verbs.json", R"("themes": ["ownership"])", R"("themes": ["ownership", "ownership"])") ==
          "assets/verbs.json: verb #1 (\"led\"): \"themes\" lists \"ownership\" twice");
    CHECK(error_after_edit("themes.json", R"("probe": "do you act like an owner?")", R"("probe": "Ownership.")") ==
          "assets/themes.json: theme #2 (\"ownership\"): \"probe\" must start in lower case and end with \"?\"");
    CHECK(error_after_edit("themes.json", "{company}", "{employer}") ==
          "assets/themes.json: theme #1 (\"customer\"): \"mistake\": unknown slot {employer}");
}

TEST_CASE("question categories, rubric sizes and levels are checked") {
    CHECK(error_after_edit("questions/software.json", R"("category": "behavioral")", R"("category": "trivia")") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): \"category\" \"trivia\" is not one of coding, "
          "system_design, behavioral, operational, role_specific");
    CHECK(error_after_edit("questions/software.json", R"(["a", "b", "c", "d"])", R"(["a", "b", "c"])") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): \"great\" has 3 items, needs exactly 4");
    CHECK(error_after_edit("questions/software.json", R"(["e", "f", "g", "h"])", R"(["e", "f", "g", "h", "i"])") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): \"red_flags\" has 5 items, needs exactly 4");
    CHECK(error_after_edit("questions/software.json", R"(["mid", "senior"])", R"(["mid", "principal"])") ==
          "assets/questions/software.json: question #1 (\"sw-1\"): \"levels\" has unknown level \"principal\"");
}

TEST_CASE("role question mixes use known categories and sum to 12") {
    CHECK(error_after_edit("roles.json", R"("behavioral": 7)", R"("behavioral": 6)") ==
          "assets/roles.json: role #1 (\"software\"): \"question_mix\" sums to 11, not 12");
    CHECK(error_after_edit("roles.json", R"("behavioral": 7)", R"("behavioural": 7)") ==
          "assets/roles.json: role #1 (\"software\"): \"question_mix\" has unknown category \"behavioural\"");
    CHECK(error_after_edit("roles.json", R"("junior": "Ships small tasks.")", R"("intern": "Ships small tasks.")") ==
          "assets/roles.json: role #1 (\"software\"): \"levels\" has unknown level \"intern\"");
    CHECK(error_after_edit("roles.json", R"("own": ["own a service"])", R"("own": [])") ==
          "assets/roles.json: role #1 (\"software\"): \"own\" needs at least 1 item");
}

TEST_CASE("there is exactly one generic company and it lives in companies/generic.json") {
    CHECK(error_after_edit("companies/generic.json", R"("generic": true)", R"("generic": false)") ==
          "assets/companies/generic.json: must exist and say \"generic\": true");
    CHECK(error_after_edit("companies/amazon.json", R"("special_interviewer")",
                           R"("generic": true, "special_interviewer")") ==
          "assets/companies/generic.json: a second generic profile (assets/companies/amazon.json is already generic)");
    CHECK(error_after_edit("companies/amazon.json", R"("id": "amazon")", R"("id": "amzn")") ==
          "assets/companies/amazon.json: id \"amzn\" belongs in assets/companies/amzn.json");
}

TEST_CASE("company fields that go together and names that would be ambiguous are rejected") {
    CHECK(error_after_edit("companies/amazon.json",
                           R"(, "special_interviewer_about": "An interviewer from outside the team.")", "") ==
          "assets/companies/amazon.json: \"special_interviewer\" and \"special_interviewer_about\" go together");
    CHECK(error_after_edit("companies/amazon.json", R"("success": {"senior": "Owns a large area."})",
                           R"("success": {"principal": "Owns a large area."})") ==
          "assets/companies/amazon.json: \"success\" has unknown level \"principal\"");
    CHECK(error_after_edit("companies/amazon.json", R"("values": [{)", R"("values": [], "x": [{)") ==
          "assets/companies/amazon.json: unknown key \"x\"");
    const std::string amazon = test::minimal_knowledge_files().at("companies/amazon.json");
    CHECK(error_with_file("companies/zon.json", replace_all(amazon, R"("id": "amazon", "name": "Amazon")",
                                                            R"("id": "zon", "name": "Zon")")) ==
          "assets/companies/zon.json: name or alias \"AWS\" is already used by assets/companies/amazon.json");
    CHECK(error_after_edit("skills.json", R"("aliases": ["k8s"])", R"("aliases": ["Core Java"])") ==
          "assets/skills.json: skill #3 (\"kubernetes\"): name or alias \"Core Java\" is already used by "
          "assets/skills.json: skill #1 (\"java\")");
}

TEST_CASE("phrasing slots must be well formed") {
    CHECK(error_after_edit("phrasing.json", "{role}", "{role") ==
          "assets/phrasing.json: \"bridge_close\": malformed slot in \"I am {name}, a {role.\" "
          "(slots look like {name})");
    CHECK(error_after_edit("phrasing.json", "{role}", "role}") ==
          "assets/phrasing.json: \"bridge_close\": stray \"}\" in \"I am {name}, a role}.\"");
    CHECK(error_after_edit("phrasing.json", R"(["I am {name}, a {role}.", "Hello, I am {name}."])", "[]") ==
          "assets/phrasing.json: \"bridge_close\" needs at least 1 item");
}

TEST_CASE("hostile file contents give an error, never an exception") {
    std::string binary;
    for (int i = 0; i < 512; ++i) binary.push_back(static_cast<char>((i * 37) & 0xFF));
    CHECK(error_with_file("skills.json", binary) == "assets/skills.json: not valid UTF-8");
    CHECK(error_with_file("skills.json", std::string("{\"skills\": [\0]}", 15))
              .rfind("assets/skills.json: not valid JSON", 0) == 0);
    CHECK(error_with_file("verbs.json", std::string(kMaxKnowledgeFileBytes + 1, ' ')) ==
          "assets/verbs.json: file is larger than 16 MiB");
    CHECK(error_with_file("roles.json", R"({"roles": [null, 1, "x"]})") ==
          "assets/roles.json: role #1: must be a JSON object");
    CHECK(error_with_file("companies/amazon.json", R"({"id": "amazon", "values": {}})") ==
          "assets/companies/amazon.json: missing \"name\"");
}

TEST_CASE("loading is deterministic: the same files give the same entries in the same order") {
    auto files = test::minimal_knowledge_files();
    files["companies/zeta.json"] = replace_all(replace_all(files["companies/amazon.json"],
                                                           R"("id": "amazon", "name": "Amazon")",
                                                           R"("id": "zeta", "name": "Zeta")"),
                                               R"("aliases": ["AWS", "Amazon Web Services"])", R"("aliases": [])");
    Knowledge first, second;
    std::string error;
    REQUIRE(load_knowledge(files, first, error));
    REQUIRE(load_knowledge(files, second, error));
    std::vector<std::string> first_ids, second_ids;
    for (const CompanyDef& c : first.companies) first_ids.push_back(c.id);
    for (const CompanyDef& c : second.companies) second_ids.push_back(c.id);
    CHECK(first_ids == std::vector<std::string>{"amazon", "generic", "zeta"});
    CHECK(first_ids == second_ids);
}

TEST_CASE("phrasing split across files merges, and a key defined twice is an error") {
    auto files = test::minimal_knowledge_files();
    files["phrasing/compose.json"] = R"({"_doc": {"about": "notes"}, "phrasing": {"practice_prompt": ["It worked."]}})";
    Knowledge kb;
    std::string error;
    REQUIRE(load_knowledge(files, kb, error));
    CHECK(kb.phrases("practice_prompt") == std::vector<std::string>{"It worked."});
    CHECK(kb.phrases("bridge_close").size() == 2);

    files["phrasing/compose.json"] = R"({"phrasing": {"bridge_close": ["Hi."]}})";
    CHECK_FALSE(load_knowledge(files, kb, error));
    CHECK(error == "assets/phrasing/compose.json: phrasing \"bridge_close\" is already defined in another file");
}

TEST_CASE("reading.json: lists are lower-case phrases, each once, and every key is there") {
    CHECK(error_after_edit("reading.json", R"(["inc.", "llc"])", R"(["inc.", "LLC"])") ==
          "assets/reading.json: legal_suffixes #2 (\"LLC\"): must be lower-case, not blank, without outer spaces");
    CHECK(error_after_edit("reading.json", R"(["inc.", "llc"])", R"(["inc.", "inc."])") ==
          "assets/reading.json: legal_suffixes #2 (\"inc.\"): listed twice");
    CHECK(
        error_after_edit("reading.json", R"("location": ["location"])", R"("place": ["location"])") ==
        "assets/reading.json: header_labels: unknown field \"place\" (expected title, company, location, team, skip)");
    CHECK(error_after_edit("reading.json", R"("not_a_name")", R"("not_names")") ==
          "assets/reading.json: unknown key \"not_names\"");
    CHECK(error_after_edit("reading.json", R"("not_a_name": ["the"],)", "") ==
          "assets/reading.json: missing \"not_a_name\"");
}
