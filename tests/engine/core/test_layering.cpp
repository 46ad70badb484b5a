// The engine's layering: a stage includes only its own folder and those of the
// stages below it. The build already refuses an upward include (each stage
// gets only the include roots of the stages it links, CMakeLists.txt); this
// reads the same table (build/layers.txt, written by CMakeLists.txt) and also
// checks headers no source includes and paths that climb out with "../".
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Layers = std::map<std::string, std::set<std::string>>;  // folder -> folders it may include

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// "parse: parse knowledge model core" per line; '#' starts a comment line.
Layers read_layers(const std::string& text) {
    Layers layers;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::istringstream words(line.substr(colon + 1));
        std::set<std::string>& allowed = layers[line.substr(0, colon)];
        for (std::string w; words >> w;) allowed.insert(w);
    }
    return layers;
}

// The includes of `text` (a file in src/<folder>/) that its layer does not allow.
std::vector<std::string> upward_includes(const std::string& folder, const std::string& text, const Layers& layers) {
    std::vector<std::string> out;
    const std::set<std::string>& allowed = layers.at(folder);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const size_t hash = line.find_first_not_of(" \t");
        if (hash == std::string::npos || line.compare(hash, 8, "#include") != 0) continue;
        const size_t open = line.find('"');
        if (open == std::string::npos) continue;  // <system> header
        const size_t close = line.find('"', open + 1);
        const std::string path = line.substr(open + 1, close - open - 1);
        const size_t slash = path.find('/');
        if (path.find("..") != std::string::npos || slash == std::string::npos || !allowed.count(path.substr(0, slash)))
            out.push_back(path);
    }
    return out;
}

const Layers& engine_layers() {
    static const Layers layers = read_layers(read_text(IP_LAYERS_FILE));
    return layers;
}

}  // namespace

TEST_CASE("the build's layer table covers every engine stage, lowest first") {
    const Layers& layers = engine_layers();
    for (const char* folder : {"core", "model", "knowledge", "parse", "analyze", "compose", "render", "pipeline"})
        CHECK(layers.count(folder) == 1);
    CHECK(layers.at("core") == std::set<std::string>{"core"});
    CHECK(layers.at("model") == std::set<std::string>{"model", "core"});
    CHECK(layers.at("knowledge") == std::set<std::string>{"knowledge", "model", "core"});
    CHECK(layers.at("render") == std::set<std::string>{"render", "model", "core"});
    CHECK_FALSE(layers.at("parse").count("analyze"));
    CHECK_FALSE(layers.at("analyze").count("compose"));
    CHECK_FALSE(layers.at("compose").count("render"));
}

TEST_CASE("no engine source or header includes a higher stage") {
    const std::filesystem::path src = std::filesystem::path(IP_SOURCE_ASSETS_DIR) / ".." / "src";
    size_t files = 0;
    for (const auto& [folder, allowed] : engine_layers()) {
        for (const auto& entry : std::filesystem::directory_iterator(src / folder)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".h" && ext != ".cpp") continue;
            ++files;
            for (const std::string& include : upward_includes(folder, read_text(entry.path()), engine_layers()))
                FAIL_CHECK("src/" << folder << "/" << entry.path().filename().string() << " includes \"" << include
                                  << "\", outside its layer");
        }
    }
    CHECK(files > 200);
}

TEST_CASE("an upward include is reported") {
    const Layers layers = read_layers("core: core\nknowledge: knowledge model core\n");
    CHECK(upward_includes("core", "#include <string>\n#include \"core/text.h\"\n", layers).empty());
    CHECK(upward_includes("core", "#include \"knowledge/knowledge.h\"\n", layers) ==
          std::vector<std::string>{"knowledge/knowledge.h"});
    CHECK(upward_includes("knowledge", "  #include \"parse/skill_index.h\"  // cache\n", layers) ==
          std::vector<std::string>{"parse/skill_index.h"});
    CHECK(upward_includes("knowledge", "#include \"../parse/read.h\"\n#include \"local.h\"\n", layers) ==
          std::vector<std::string>{"../parse/read.h", "local.h"});
}
