#include <catch2/catch.hpp>

#include "core/text.h"
#include "parse/skill_matcher.h"
#include "parse_test_support.h"

using namespace ip;

namespace {

const Knowledge& matcher_kb() {
    static const Knowledge kb = test::knowledge_with_skills({
        {"C", "language", "ANSI C"},
        {"C++", "language", "cpp", "c plus plus"},
        {"C#", "language", "csharp"},
        {"CSS", "language"},
        {"Go", "language", "Golang"},
        {"R", "language"},
        {".NET", "framework", "dotnet"},
        {"ASP.NET", "framework"},
        {"Node.js", "framework", "NodeJS", "Node"},
        {"Kubernetes", "devops", "k8s"},
        {"PostgreSQL", "database", "Postgres"},
        {"Google Cloud", "cloud", "GCP"},
        {"Spring", "framework"},
        {"Spring Boot", "framework"},
        {"Java", "language"},
        {"JavaScript", "language", "JS"},
        {"React", "framework", "ReactJS"},
        {"REST", "practice", "RESTful", "REST API"},
        {"CI/CD", "devops", "CICD"},
        {"scikit-learn", "ml", "sklearn"},
        {"Objective-C", "language", "ObjC"},
        {"Distributed Systems", "practice", "distributed system"},
        {"Microservices", "practice", "microservice"},
        {"Amazon Web Services", "cloud", "AWS"},
    });
    return kb;
}

std::string skills_in(const std::string& text) { return join(find_skills(matcher_kb(), text), ", "); }

}  // namespace

TEST_CASE("skill matcher: single letters and short names respect word boundaries") {
    CHECK(skills_in("Styled pages with CSS") == "CSS");
    CHECK(skills_in("Wrote firmware in C and C++") == "C, C++");
    CHECK(skills_in("C/C++ and C#") == "C, C++, C#");
    CHECK(skills_in("Reported to C-level executives") == "");
    CHECK(skills_in("Raised a Series C round") == "");
    CHECK(skills_in("Worked with J. C. Smith") == "");
    CHECK(skills_in("Built good tools; go to market") == "");
    CHECK(skills_in("Services in Go and Golang") == "Go");
    CHECK(skills_in("Go-to-market plan") == "");
    CHECK(skills_in("Analysis in R and Python") == "R");
    CHECK(skills_in("Led R&D for rare disorders") == "");
    CHECK(skills_in("Rebuilt the reporting layer") == "");
}

TEST_CASE("skill matcher: symbols and spelling variants") {
    CHECK(skills_in("APIs on .NET and ASP.NET") == ".NET, ASP.NET");
    CHECK(skills_in("Node.js, NodeJS and node.js services") == "Node.js");
    CHECK(skills_in("Ran k8s clusters on GCP with Postgres") == "Kubernetes, Google Cloud, PostgreSQL");
    CHECK(skills_in("Moved to Kubernetes.") == "Kubernetes");
    CHECK(skills_in("Trained models with scikit-learn and sklearn") == "scikit-learn");
    CHECK(skills_in("iOS apps in Objective-C") == "Objective-C");
    CHECK(skills_in("CI/CD pipelines") == "CI/CD");
    CHECK(skills_in("Amazon Web Services (AWS)") == "Amazon Web Services");
}

TEST_CASE("skill matcher: the longest name wins and plurals are tolerated") {
    auto hits = find_skill_hits(matcher_kb(), "Java (Spring Boot) services");
    REQUIRE(hits.size() == 2);
    CHECK(matcher_kb().skills[hits[1].skill].name == "Spring Boot");
    CHECK(hits[1].offset == 6);
    CHECK(hits[1].length == 11);
    CHECK(skills_in("JavaScript and Java") == "JavaScript, Java");
    CHECK(skills_in("Designed distributed systems and microservices") == "Distributed Systems, Microservices");
    CHECK(skills_in("Published REST APIs") == "REST");
}

TEST_CASE("skill matcher: everyday words count only when written like the product") {
    CHECK(skills_in("Built the UI in React") == "React");
    CHECK(skills_in("Trained staff to react quickly to incidents") == "");
    CHECK(skills_in("Took a rest after launch") == "");
    CHECK(skills_in("Spring 2021 semester") == "Spring");  // capitalised: indistinguishable, accepted
    CHECK(join(find_skills(matcher_kb(), "Tools: react, node"), ", ") == "");
    std::vector<std::string> listed;
    for (const SkillHit& h : find_skill_hits_in_list(matcher_kb(), "react, node"))
        listed.push_back(matcher_kb().skills[h.skill].name);
    CHECK(join(listed, ", ") == "React, Node.js");
}

TEST_CASE("skill matcher: the index follows a knowledge base that changes") {
    Knowledge kb = test::knowledge_with_skills({{"Java", "language"}});
    CHECK(join(find_skills(kb, "Java and Kotlin"), ",") == "Java");
    SkillDef kotlin;
    kotlin.id = "kotlin";
    kotlin.name = "Kotlin";
    kotlin.category = "language";
    kb.skills.push_back(kotlin);
    CHECK(join(find_skills(kb, "Java and Kotlin"), ",") == "Java,Kotlin");
}

TEST_CASE("skill matcher: the shipped taxonomy handles the classic traps") {
    const Knowledge& kb = test::shipped_knowledge();
    auto has = [&](const std::string& text, const std::string& name) {
        const auto found = find_skills(kb, text);
        return std::find(found.begin(), found.end(), name) != found.end();
    };
    CHECK(has("Backend in C++ and C#", "C++"));
    CHECK(has("Backend in C++ and C#", "C#"));
    CHECK_FALSE(has("Styled with CSS", "C"));
    CHECK_FALSE(has("a good team player", "Go"));
    CHECK(has("services written in Go", "Go"));
    CHECK(has("deployed on k8s", "Kubernetes"));
    CHECK(has("NodeJS APIs", "Node.js"));
    CHECK(has("Postgres tuning", "PostgreSQL"));
}
