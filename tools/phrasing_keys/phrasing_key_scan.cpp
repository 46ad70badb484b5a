#include "phrasing_key_scan.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace ip::phrasing_keys {

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// "fit.skills", "remember", "settle.": lower-case words joined by dots, maybe ending in one.
bool is_key_shaped(const std::string& s) {
    if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') {
            if (i > 0 && s[i - 1] == '.') return false;
        } else if (!is_key_char(s[i])) {
            return false;
        }
    }
    return true;
}

bool has_key_under(const std::set<std::string>& asset_keys, const std::string& prefix) {
    auto it = asset_keys.lower_bound(prefix);
    return it != asset_keys.end() && it->compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::vector<std::string> string_literals(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
            i = s.find('\n', i);
            if (i == std::string::npos) break;
        } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            i = s.find("*/", i + 2);
            if (i == std::string::npos) break;
            i += 2;
        } else if (c == 'R' && i + 1 < s.size() && s[i + 1] == '"' &&
                   (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_') ||
                    s[i - 1] == '8' || s[i - 1] == 'u' || s[i - 1] == 'U' || s[i - 1] == 'L')) {
            const size_t open = s.find('(', i + 2);
            if (open == std::string::npos) break;
            const std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
            const size_t end = s.find(close, open + 1);
            if (end == std::string::npos) break;
            out.push_back(s.substr(open + 1, end - open - 1));
            i = end + close.size();
        } else if (c == '"') {
            std::string lit;
            ++i;
            while (i < s.size() && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < s.size()) ++i;
                lit += s[i++];
            }
            out.push_back(lit);
            ++i;
        } else if (c == '\'' && !(i > 0 && std::isxdigit(static_cast<unsigned char>(s[i - 1])))) {
            // A character literal ('"'); after a digit it is a digit separator (1'000).
            ++i;
            while (i < s.size() && s[i] != '\'') i += s[i] == '\\' ? 2 : 1;
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

AskedKeys asked_keys(const std::vector<std::pair<std::string, std::string>>& sources,
                     const std::set<std::string>& asset_keys) {
    std::set<std::string> namespaces;
    for (const std::string& k : asset_keys)
        if (k.find('.') != std::string::npos) namespaces.insert(k.substr(0, k.find('.')));
    AskedKeys asked;
    std::set<std::string> bare_prefixes;  // undotted literals that keys continue: "story_title"
    for (const auto& [path, text] : sources) {
        std::set<std::string> keys, suffixes;
        for (const std::string& lit : string_literals(text)) {
            if (lit.size() > 1 && lit[0] == '_' && is_key_shaped(lit.substr(1))) {
                suffixes.insert(lit);
                continue;
            }
            if (!is_key_shaped(lit)) continue;
            const size_t dot = lit.find('.');
            if (dot == std::string::npos) {
                if (asset_keys.count(lit)) keys.insert(lit);
                else if (has_key_under(asset_keys, lit + ".")) bare_prefixes.insert(lit + ".");
                continue;
            }
            if (!namespaces.count(lit.substr(0, dot))) continue;
            if (lit.back() == '.') {
                asked.prefixes.insert(lit);
                continue;
            }
            const bool continued = has_key_under(asset_keys, lit + ".");
            if (continued) asked.prefixes.insert(lit + ".");
            if (asset_keys.count(lit) || !continued) keys.insert(lit);
        }
        for (const std::string& k : keys) {
            asked.keys.insert(k);
            for (const std::string& suffix : suffixes) asked.keys.insert(k + suffix);
        }
    }
    // "story_title" + "." + theme; but "gap" is also a slot name, and a
    // namespace the code names key by key ("gap.related") is no family.
    for (const std::string& prefix : bare_prefixes) {
        auto named = [&](const std::set<std::string>& names) {
            auto it = names.lower_bound(prefix);
            return it != names.end() && it->compare(0, prefix.size(), prefix) == 0;
        };
        if (!named(asked.keys) && !named(asked.prefixes)) asked.prefixes.insert(prefix);
    }
    return asked;
}

std::string header_text(const AskedKeys& asked) {
    std::string out =
        "// GENERATED FILE, do not edit: tools/phrasing-keys writes it from the string\n"
        "// literals of src/analyze and src/compose and the keys of assets/phrasing*.json\n"
        "// (tools/phrasing_keys/phrasing_key_scan.h says how). The knowledge tests fail\n"
        "// when it is out of date, when the assets lack a key listed here, and when the\n"
        "// assets hold a key no code asks for.\n"
        "#pragma once\n"
        "#include <string_view>\n"
        "\n"
        "namespace ip {\n"
        "\n"
        "// clang-format off\n"
        "// The phrasing keys the engine looks up by name.\n"
        "inline constexpr std::string_view kAskedPhrasingKeys[] = {\n";
    for (const std::string& k : asked.keys) out += "    \"" + k + "\",\n";
    out +=
        "};\n"
        "\n"
        "// Prefixes of the keys the engine builds at run time (\"star.situation.\" + a\n"
        "// theme id): a key under one may be absent, and the engine falls back.\n"
        "inline constexpr std::string_view kAskedPhrasingPrefixes[] = {\n";
    for (const std::string& p : asked.prefixes) out += "    \"" + p + "\",\n";
    out +=
        "};\n"
        "// clang-format on\n"
        "\n"
        "}  // namespace ip\n";
    return out;
}

std::vector<std::pair<std::string, std::string>> engine_sources(const std::string& src_dir) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const char* stage : {"analyze", "compose"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(src_dir) / stage)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".h" && ext != ".cpp") continue;
            out.emplace_back(std::string(stage) + "/" + entry.path().filename().string(), read_text(entry.path()));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::set<std::string> asset_keys(const std::string& assets_dir) {
    std::vector<std::filesystem::path> files = {std::filesystem::path(assets_dir) / "phrasing.json"};
    const std::filesystem::path area_dir = std::filesystem::path(assets_dir) / "phrasing";
    if (std::filesystem::is_directory(area_dir))
        for (const auto& entry : std::filesystem::directory_iterator(area_dir))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::set<std::string> keys;
    for (const auto& file : files) {
        const nlohmann::json doc = nlohmann::json::parse(read_text(file));
        for (const auto& item : doc.at("phrasing").items()) keys.insert(item.key());
    }
    return keys;
}

}  // namespace ip::phrasing_keys
