// A small, valid knowledge base as an in-memory file map. Validation tests
// break exactly one thing in it and check the message names the file and entry.
#pragma once
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "knowledge/word_lists.h"

namespace ip::test {

// The named word lists of the shipped assets/words.json, each group as compact
// JSON ("metrics": {...}, "titles": {...}) to close the minimal words.json:
// every list is required, and the engine's own words are the smallest valid set.
inline std::string shipped_word_list_groups() {
    std::ifstream in(std::string(IP_SOURCE_ASSETS_DIR) + "/words.json");
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json words = nlohmann::json::parse(text.str());
    std::string out;
    std::string last_group;
    for (const WordListSpec& spec : word_list_specs()) {
        if (spec.group == last_group) continue;
        last_group = spec.group;
        out += ", \"" + last_group + "\": " + words.at(last_group).dump();
    }
    return out;
}

inline std::map<std::string, std::string> minimal_knowledge_files() {
    return {
        {"skills.json", R"J({"skills": [
            {"id": "java", "name": "Java", "category": "language", "aliases": ["core java"], "related": ["kotlin"]},
            {"id": "kotlin", "name": "Kotlin", "category": "language"},
            {"id": "kubernetes", "name": "Kubernetes", "category": "devops", "aliases": ["k8s"], "related": ["java"]}
        ]})J"},
        {"themes.json", R"J({"_doc": "two themes", "themes": [
            {"id": "customer", "label": "customer focus", "cues": ["customer*"], "probe": "can you name the customer?",
             "mistake_title": "Forgetting the customer", "mistake": "At {company} stories end with the customer."},
            {"id": "ownership", "label": "ownership", "cues": ["owned"], "probe": "do you act like an owner?",
             "mistake_title": "Waiting to be asked", "mistake": "Say what you did without being asked."}
        ]})J"},
        {"roles.json", R"J({"roles": [
            {"id": "software", "name": "Software Engineering", "title_keywords": ["software engineer"],
             "core_skills": ["java"], "question_mix": {"coding": 3, "system_design": 2, "behavioral": 7},
             "levels": {"junior": "Ships small tasks.", "senior": "Designs systems."},
             "learn": ["read the runbooks"], "build": ["ship a fix"], "own": ["own a service"]}
        ]})J"},
        {"verbs.json", R"J({"verbs": [
            {"past": "led", "base": "lead", "gerund": "leading", "themes": ["ownership"], "seniority": 1},
            {"past": "built", "base": "build", "gerund": "building", "themes": [], "seniority": 0}
        ]})J"},
        {"words.json", R"J({"bare_nouns": ["latency"], "measure_verbs": ["reduced"],
            "resume_headings": {"summary": ["summary"], "experience": ["experience"], "education": ["education"],
                "skills": ["skills"], "languages": ["languages"], "certifications": ["certifications"],
                "projects": ["projects"], "other": ["awards"]},
            "heading_modifiers": ["professional"], "career_breaks": ["career break"], "honours": ["award"],
            "document_names": ["resume"], "credentials_in_progress": ["candidate"])J" +
                           shipped_word_list_groups() + "}"},
        {"reading.json", R"J({"legal_suffixes": ["inc.", "llc"], "header_labels": {"location": ["location"]},
            "posting_lines": ["apply"], "header_noise": ["full-time"], "salary_cues": ["$"],
            "company_intro_leads": ["at"], "company_intro_predicates": ["is a"], "not_a_name": ["the"],
            "non_professional_titles": ["intern"], "stated_years_qualifiers": ["over"],
            "stated_years_leads": ["with"], "unqualifying_headings": ["key requirements"],
            "qualification_headings": ["what you'll bring"], "company_statement_cues": ["our mission"]})J"},
        {"scoring.json", R"J({"fit_score": {
            "line_credit": {"covered": 1.0, "partial": 0.5},
            "experience": {"years": 0.25, "level": 0.2, "field": 0.3, "duties": 0.25},
            "level_fit": {"same": 1.0, "one_above": 0.95, "one_below": 0.75, "two_apart": 0.5, "far_apart": 0.3},
            "other_field": {"floor": 0.2, "core_skills": 0.5},
            "culture": {"floor": 0.2, "shown": 0.8},
            "overall": {"skills": 0.45, "experience": 0.35, "culture": 0.2},
            "max_score": 97,
            "years_for_level": {"intern": 0, "junior": 0, "mid": 2, "senior": 5, "staff": 8, "principal": 10,
                                "manager": 5, "director": 10, "executive": 10},
            "bands": [{"min": 80, "band": "strong_match", "means": "Nearly every line is covered."},
                      {"min": 60, "band": "good_match", "means": "Most lines are covered."},
                      {"min": 50, "band": "partial_match", "means": "Half the lines are covered."},
                      {"min": 40, "band": "stretch", "means": "Under half is covered."},
                      {"min": 0, "band": "long_shot", "means": "Little is covered yet."}]
        }})J"},
        {"candidacy.json", R"J({"candidacy": {
            "countries": [{"id": "us", "names": ["united states", "usa"], "regions": ["washington", "WA"]},
                          {"id": "in", "names": ["india"], "regions": ["bengaluru"]}],
            "programmes": {"educated_abroad": ["internationally educated"], "new_graduate": ["new graduate"],
                           "student": ["currently enrolled"], "returner": ["returnship"]},
            "remote": ["remote"], "on_site": ["on-site"], "experience_words": ["experience"]
        }})J"},
        {"companies/generic.json", R"J({"id": "generic", "name": "the company", "generic": true, "industry": "Any",
            "values_source": "Our synthesis",
            "values": [{"name": "Ownership", "description": "Owns outcomes.", "signals": ["owned"], "themes": ["ownership"]}],
            "process": ["A recruiter screen."], "culture": ["Evidence over adjectives."],
            "success": {"mid": "Owns a feature end to end."}})J"},
        {"companies/amazon.json", R"J({"id": "amazon", "name": "Amazon", "aliases": ["AWS", "Amazon Web Services"],
            "industry": "Retail and cloud",
            "sources": {"lp": {"url": "https://www.amazon.jobs/en/principles", "as_of": 2024}},
            "values_source": "Leadership Principles (2024)",
            "values": [{"name": "Customer Obsession", "description": "Starts from the customer.",
                        "signals": ["customer"], "themes": ["customer"], "source": "lp"}],
            "process": [{"text": "Online assessment (2024).", "source": "lp"}],
            "unique": [{"text": "A Bar Raiser joins every loop.", "source": "lp"}],
            "culture": [{"text": "Six-page memos.", "source": "lp"}], "success": {"senior": "Owns a large area."},
            "special_interviewer": "Bar Raiser", "special_interviewer_about": "An interviewer from outside the team.",
            "special_interviewer_source": "lp"})J"},
        {"questions/software.json", R"J({"questions": [
            {"id": "sw-1", "families": ["software"], "category": "behavioral", "text": "Tell me about a hard bug.",
             "themes": ["ownership"], "levels": ["mid", "senior"], "really_asking": "Do you dig?",
             "great": ["a", "b", "c", "d"], "red_flags": ["e", "f", "g", "h"], "prep": "Pick a story."}
        ]})J"},
        {"curveballs.json", R"J({"curveballs": [
            {"id": "cb-1", "question": "Why should we not hire you?", "why": "Self-awareness.",
             "framework": ["Name a real gap", "Show the fix"], "warning": "Do not dodge.", "families": ["any"]}
        ]})J"},
        {"phrasing.json", R"J({"phrasing": {"bridge_close": ["I am {name}, a {role}.", "Hello, I am {name}."]}})J"},
    };
}

}  // namespace ip::test
