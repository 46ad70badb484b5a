// A playbook document is user input too: the web API renders whatever JSON a
// host hands it. Each exporter must cope with any text field being empty,
// blank or one stray character, and any list being empty or holding one
// entry, without reading past the end of a string or a list.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "model/document_json.h"
#include "render/render.h"
#include "render/render_test_support.h"
#include "test_support.h"

namespace {

using nlohmann::json;

// A node of the document and its shape: its path with list positions left out
// ("/stories/[]/title"), so one field of every kind of entry is probed.
struct Node {
    json* at;
    std::string shape;
};

void collect(json& j, const std::string& shape, std::vector<Node>& strings, std::vector<Node>& lists) {
    if (j.is_string()) strings.push_back({&j, shape});
    if (j.is_array() && !j.empty()) lists.push_back({&j, shape});
    if (j.is_array())
        for (auto& v : j) collect(v, shape + "/[]", strings, lists);
    else if (j.is_object())
        for (auto& [key, v] : j.items()) collect(v, shape + "/" + key, strings, lists);
}

std::vector<Node> string_leaves(json& j) {
    std::vector<Node> strings, lists;
    collect(j, "", strings, lists);
    return strings;
}

std::vector<Node> list_nodes(json& j) {
    std::vector<Node> strings, lists;
    collect(j, "", strings, lists);
    return lists;
}

// The index of the first node of each shape.
std::vector<size_t> first_of_each_shape(const std::vector<Node>& nodes) {
    std::set<std::string> seen;
    std::vector<size_t> out;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (seen.insert(nodes[i].shape).second) out.push_back(i);
    return out;
}

json seed_playbook_json() {
    const ip::GenerateResult r = ip::test::generate_fixture("seed-case/resume.txt", "seed-case/job.txt");
    REQUIRE(r.ok);
    return json::parse(ip::playbook_to_json(r.doc));
}

// The three text exporters on `j`; the document must still read back.
void render_text_exports(const json& j) {
    ip::Playbook doc;
    std::string error;
    REQUIRE(ip::playbook_from_json(j.dump(), doc, error));
    CHECK_FALSE(ip::render_markdown(doc).empty());
    CHECK_FALSE(ip::render_html_report(doc).empty());
    CHECK_FALSE(ip::render_handout_html(doc).empty());
}

}  // namespace

TEST_CASE("every text field of a playbook may be empty, blank or one character", "[render][empty]") {
    const json base = seed_playbook_json();
    json probe = base;
    const std::vector<Node> probe_leaves = string_leaves(probe);
    const std::vector<size_t> probed = first_of_each_shape(probe_leaves);
    REQUIRE(probed.size() > 50);
    // All fields at once, with the PNG handout too.
    for (const char* value : {"", " ", ".", "\xE2\x80\xA2", "a"}) {
        json j = base;
        for (const Node& leaf : string_leaves(j))
            if (leaf.shape != "/schema") *leaf.at = value;
        INFO("every field = \"" << value << "\"");
        render_text_exports(j);
        ip::Playbook doc;
        std::string error;
        REQUIRE(ip::playbook_from_json(j.dump(), doc, error));
        ip::PngOptions png;
        png.scale = 1;
        CHECK_FALSE(ip::render_handout_png(doc, ip::test::regular_font(), ip::test::bold_font(), png, error).empty());
        CHECK(error.empty());
    }
    // One field at a time, the others as composed.
    for (const char* value : {"", " ", "\xE2\x80\xA2"}) {
        for (size_t i : probed) {
            if (probe_leaves[i].shape == "/schema") continue;
            json j = base;
            *string_leaves(j)[i].at = value;
            INFO(probe_leaves[i].shape << " = \"" << value << "\"");
            render_text_exports(j);
        }
    }
}

TEST_CASE("every list of a playbook may be empty or hold one entry", "[render][empty]") {
    const json base = seed_playbook_json();
    json probe = base;
    const std::vector<Node> probe_lists = list_nodes(probe);
    const std::vector<size_t> probed = first_of_each_shape(probe_lists);
    REQUIRE(probed.size() > 20);
    for (bool keep_one : {false, true}) {
        for (size_t i : probed) {
            json j = base;
            json& list = *list_nodes(j)[i].at;
            if (keep_one) list.erase(list.begin() + 1, list.end());
            else list.clear();
            INFO(probe_lists[i].shape << (keep_one ? " cut to one entry" : " emptied"));
            render_text_exports(j);
        }
    }
}
