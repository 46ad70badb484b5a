// The phrasing keys the engine asks for (src/knowledge/phrasing_keys.h, written
// by tools/phrasing-keys from the code) against the keys assets/ defines: none
// missing, none unused, the list up to date, and a mistyped key loud.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "knowledge/knowledge.h"
#include "knowledge/minimal_knowledge.h"
#include "knowledge/phrasing_keys.h"
#include "phrasing_key_scan.h"
#include "test_support.h"

using namespace ip;
namespace pk = ip::phrasing_keys;

namespace {

const std::filesystem::path kSourceDir = std::filesystem::path(IP_SOURCE_ASSETS_DIR) / ".." / "src";

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool has_key_under(const Knowledge& kb, std::string_view prefix) {
    auto it = kb.phrasing.lower_bound(std::string(prefix));
    return it != kb.phrasing.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

TEST_CASE("the list of phrasing keys the engine asks for is up to date") {
    const std::string generated = pk::header_text(
        pk::asked_keys(pk::engine_sources(kSourceDir.string()), pk::asset_keys(IP_SOURCE_ASSETS_DIR)));
    INFO("run tools/phrasing-keys to regenerate src/knowledge/phrasing_keys.h");
    CHECK(generated == read_text(kSourceDir / "knowledge" / "phrasing_keys.h"));
}

TEST_CASE("every phrasing key the engine asks for is in the assets") {
    const Knowledge& kb = test::knowledge();
    for (std::string_view key : kAskedPhrasingKeys) {
        INFO("the engine asks for phrasing \"" << key << "\"");
        CHECK(kb.phrasing.count(std::string(key)) == 1);
    }
    for (std::string_view prefix : kAskedPhrasingPrefixes) {
        INFO("the engine builds phrasing keys under \"" << prefix << "\"");
        CHECK(has_key_under(kb, prefix));
    }
    CHECK(std::size(kAskedPhrasingKeys) > 200);
}

TEST_CASE("every phrasing key in the assets is one the engine asks for") {
    const Knowledge& kb = test::knowledge();
    for (const auto& [key, variants] : kb.phrasing) {
        INFO("assets define phrasing \"" << key << "\"");
        CHECK(phrasing_key_is_asked(key));
    }
    // The loader refuses a key no code reads, naming the file and the key.
    auto files = test::minimal_knowledge_files();
    files["phrasing/compose.json"] = R"({"phrasing": {"story_situation_open": ["In my last role,"]}})";
    Knowledge loaded;
    std::string error;
    CHECK_FALSE(load_knowledge(files, loaded, error));
    CHECK(error ==
          "assets/phrasing/compose.json: phrasing \"story_situation_open\" is read by no code (the keys the engine "
          "asks for are in src/knowledge/phrasing_keys.h; tools/phrasing-keys rewrites it)");
}

TEST_CASE("a mistyped phrasing key fails loudly at lookup") {
    const Knowledge& kb = test::knowledge();
    CHECK_FALSE(kb.phrases("fit.skills").empty());
    CHECK_THROWS_WITH(kb.phrases("fit.skils"),
                      Catch::Matchers::Contains("\"fit.skils\" is not one the engine asks for"));
    CHECK_THROWS_AS(kb.phrases("remembr"), std::logic_error);
    // Under a prefix the engine builds keys from, an absent key is a fallback, not a mistake.
    CHECK(kb.phrases("star.situation.no_such_theme").empty());
    CHECK(kb.phrases("strength_title.customer.no_such_family").empty());
}

TEST_CASE("the key scan reads literals, not comments, and reports what the assets lack") {
    CHECK(pk::string_literals("f(\"a.b\", 'x', '\"', 1'000); // \"c.d\"\n/* \"e\" */ g(R\"(raw)\", \"q\\\"x\")") ==
          std::vector<std::string>{"a.b", "raw", "q\"x"});
    const std::set<std::string> assets = {
        "fit.skills", "star.situation.default", "star.situation.scale", "remember",
        "ask_peer",   "ask_peer_why",           "gap.related",          "story_title.default",
        "settle.pay"};
    // A "_suffix" literal extends the keys of its own file only (ask.cpp reads X and X_why).
    const pk::AskedKeys asked = pk::asked_keys(
        {{"compose/a.cpp",
          "phrase(kb, \"fit.skills\"); themed(kb, \"star.situation\", t); kb.phrases(\"fit.skils\");"
          "kb.phrases(\"remember\"); x(\"b.s\"); slots[\"gap\"]; kb.phrases(\"gap.related\");"
          "themed_key(kb, \"story_title\", t); std::string(\"settle.\") + topic;"},
         {"compose/ask.cpp", "add(\"ask_peer\", \"general\"); kb.phrases(key + \"_why\");"}},
        assets);
    // "fit.skils" is a key the assets lack: the missing-key test reports it.
    CHECK(asked.keys ==
          std::set<std::string>{"ask_peer", "ask_peer_why", "fit.skills", "fit.skils", "gap.related", "remember"});
    CHECK(asked.prefixes == std::set<std::string>{"settle.", "star.situation.", "story_title."});
}
