// One knowledge file from text to JSON, with the sanity checks that keep a
// broken or hostile file from costing more than a clear error message.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace ip {

// Largest knowledge file we accept, and the deepest JSON nesting (our schemas
// need five levels; anything far deeper is not a knowledge file).
constexpr size_t kMaxKnowledgeFileBytes = 16u << 20;
constexpr int kMaxKnowledgeJsonDepth = 12;

// "skills.json" -> "assets/skills.json", the form every error message uses.
std::string asset_label(const std::string& name);

// Parses `text` (size, UTF-8 and nesting checked first). On failure sets `error`
// to "assets/<name>: <problem>".
bool parse_knowledge_file(const std::string& name, const std::string& text, nlohmann::json& out, std::string& error);

// For files shaped {"<key>": <list or object>, "_doc": <optional notes>}: the value under `key`, or
// nullptr with `error` set when the shape is wrong.
const nlohmann::json* top_level_value(const std::string& name, const nlohmann::json& doc, const char* key,
                                      nlohmann::json::value_t expected, std::string& error);

}  // namespace ip
