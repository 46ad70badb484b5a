// Which phrasing keys the engine asks for, read from its source: the string
// literals of src/analyze and src/compose (the stages that look phrasing up),
// classified against the keys of assets/phrasing.json and assets/phrasing/.
// tools/phrasing-keys writes the result to src/knowledge/phrasing_keys.h; the
// knowledge tests regenerate it and compare, so the list cannot drift.
//
// A literal is a key the engine asks for when it
// - equals a key in the assets ("remember", "fit.skills"), or
// - is dotted and starts with a namespace the assets use ("star.", "fit.")
//   yet is no key there: a key the assets lack ("fit.skils" is reported
//   missing), unless keys continue it ("star.situation" + "." + theme), which
//   makes it a prefix; a literal ending in "." ("settle.") is a prefix too.
// - is undotted and keys continue it ("story_title" + "." + theme), unless
//   the code names keys of that namespace one by one: "gap" is a slot name,
//   not the family of "gap.related" and "gap.probe".
// A literal "_suffix" in a file adds key + "_suffix" for that file's keys
// (ask.cpp reads X and X_why).
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ip::phrasing_keys {

struct AskedKeys {
    std::set<std::string> keys;      // looked up by this exact name
    std::set<std::string> prefixes;  // ending in ".": keys built at run time start with one
};

// The string literals of C++ source, in order; comments and character literals skipped.
std::vector<std::string> string_literals(const std::string& source);

// `sources`: (path, text) pairs; `asset_keys`: every phrasing key the assets define.
AskedKeys asked_keys(const std::vector<std::pair<std::string, std::string>>& sources,
                     const std::set<std::string>& asset_keys);

// The text of src/knowledge/phrasing_keys.h.
std::string header_text(const AskedKeys& asked);

// The .h and .cpp files of src/analyze and src/compose under `src_dir`, sorted by path.
std::vector<std::pair<std::string, std::string>> engine_sources(const std::string& src_dir);

// The keys of assets/phrasing.json and assets/phrasing/*.json under `assets_dir`.
std::set<std::string> asset_keys(const std::string& assets_dir);

}  // namespace ip::phrasing_keys
