// The skills graph (assets/skill_graph/): what ships, and how the loader
// checks it (relation targets exist, no cycles, one node per spelling unless
// marked ambiguous).
#include <catch2/catch.hpp>

#include <string>

#include "core/text.h"
#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"
#include "test_support.h"

using namespace ip;

namespace {

std::string graph_error(const std::string& graph) {
    auto files = test::minimal_knowledge_files();
    files["skill_graph/test.json"] = graph;
    Knowledge kb;
    std::string error;
    const bool ok = load_knowledge(files, kb, error);
    CHECK(ok == error.empty());
    return error;
}

// Is `to` above `from` within `steps` edges?
bool reaches(const Knowledge& kb, const std::string& from, const std::string& to, int steps = 3) {
    const auto f = kb.node_by_id.find(from), t = kb.node_by_id.find(to);
    REQUIRE(f != kb.node_by_id.end());
    REQUIRE(t != kb.node_by_id.end());
    std::vector<size_t> frontier{f->second};
    for (int s = 0; s < steps; ++s) {
        std::vector<size_t> next;
        for (size_t n : frontier)
            for (const ConceptEdge& e : kb.concept_up[n]) {
                if (e.to == t->second) return true;
                next.push_back(e.to);
            }
        frontier = std::move(next);
    }
    return false;
}

}  // namespace

TEST_CASE("the shipped skills graph has at least 5,000 concepts and relations in every field") {
    const Knowledge& kb = test::knowledge();
    CHECK(kb.concepts.size() >= 5000);
    CHECK(kb.concept_up.size() == kb.node_count());
    size_t onet = 0, esco = 0, edges = 0;
    for (const ConceptDef& c : kb.concepts) {
        onet += c.id.rfind("onet_", 0) == 0;
        esco += c.id.rfind("esco_", 0) == 0;
    }
    for (const auto& up : kb.concept_up) edges += up.size();
    CHECK(onet >= 3000);
    CHECK(esco >= 2000);
    CHECK(edges >= 4000);
    // Engineering and data
    CHECK(reaches(kb, "apache_beam", "distributed_data_processing"));
    CHECK(reaches(kb, "hadoop", "distributed_systems"));
    CHECK(reaches(kb, "cassandra", "distributed_data_processing"));
    CHECK(reaches(kb, "tpu_training", "distributed_systems"));
    CHECK(reaches(kb, "postgresql", "sql"));
    CHECK(reaches(kb, "dynamodb", "nosql"));
    CHECK(reaches(kb, "tableau", "data_visualization"));
    // Clinical
    CHECK(reaches(kb, "intubation", "critical_care_procedures"));
    CHECK(reaches(kb, "central_lines", "critical_care"));
    CHECK(reaches(kb, "acls", "bls"));
    CHECK(reaches(kb, "bachelors_nursing", "nursing_degree"));
    CHECK(reaches(kb, "epic", "ehr"));
    // Teaching, design, product, marketing, sales, finance, operations, people
    CHECK(reaches(kb, "lesson_planning", "classroom_instruction"));
    CHECK(reaches(kb, "figma", "ui_design"));
    CHECK(reaches(kb, "amplitude", "product_analytics"));
    CHECK(reaches(kb, "semrush", "seo"));
    CHECK(reaches(kb, "meddic", "sales_methodology"));
    CHECK(reaches(kb, "quickbooks", "accounting"));
    CHECK(reaches(kb, "kaizen", "process_improvement"));
    CHECK(reaches(kb, "greenhouse", "applicant_tracking_systems"));
    CHECK_FALSE(reaches(kb, "sql", "postgresql"));  // broader never runs downwards
}

TEST_CASE("graph files are checked: targets exist, no cycles, one node per spelling unless ambiguous") {
    CHECK(graph_error(R"J({"_source": "test", "concepts": [
        {"id": "jvm", "name": "JVM languages", "aliases": ["JVM"], "implies": ["java"]}],
        "links": [{"id": "kotlin", "broader": ["jvm"]}]})J") == "");
    CHECK(graph_error(R"J({"concepts": [{"id": "jvm", "name": "JVM languages", "broader": ["scala"]}]})J") ==
          "assets/skill_graph/test.json: concept #1 (\"jvm\"): relation target \"scala\" does not exist");
    CHECK(graph_error(R"J({"links": [{"id": "scala", "broader": ["java"]}]})J") ==
          "assets/skill_graph/test.json: link #1 (\"scala\"): id \"scala\" is not a skill or concept");
    CHECK(graph_error(R"J({"links": [{"id": "java"}]})J") ==
          "assets/skill_graph/test.json: link #1 (\"java\"): has neither \"broader\" nor \"implies\"");
    CHECK(graph_error(R"J({"links": [{"id": "java", "broader": ["kotlin"]}, {"id": "kotlin", "implies": ["java"]}]})J")
              .find("closes a cycle") != std::string::npos);
    CHECK(graph_error(R"J({"concepts": [{"id": "a", "name": "A thing", "broader": ["a"]}]})J") ==
          "assets/skill_graph/test.json: concept #1 (\"a\"): relates to itself");
    CHECK(graph_error(R"J({"concepts": [{"id": "java", "name": "Java again"}]})J")
              .find("id \"java\" is already used by assets/skills.json: skill #1") != std::string::npos);
    CHECK(graph_error(R"J({"concepts": [{"id": "jvm", "name": "JVM", "aliases": ["core java"]}]})J")
              .find("name or alias \"core java\" is already used by assets/skills.json: skill #1") !=
          std::string::npos);
    const std::string shared = R"J({"concepts": [
        {"id": "pt", "name": "physical therapy", "aliases": ["PT"], "ambiguous": ["PT"]},
        {"id": "pt_time", "name": "part-time work", "aliases": ["PT"]KEEP}]})J";
    CHECK(graph_error(replace_all(shared, "KEEP", "")).find("name or alias \"PT\" is already used") !=
          std::string::npos);
    CHECK(graph_error(replace_all(shared, "KEEP", R"J(, "ambiguous": ["PT"])J")) == "");
    CHECK(graph_error(R"J({"concepts": [], "nodes": []})J").find("unknown key \"nodes\"") != std::string::npos);
}
