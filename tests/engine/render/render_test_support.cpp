#include "render/render_test_support.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <sstream>

#include "model/document_json.h"

// The static form keeps this test-only decoder from clashing with the
// engine's own stb_image definition.
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#include <stb/stb_image.h>

namespace ip::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Playbook hostile_playbook() {
    Playbook doc;
    std::string error;
    const std::string text = read_file(std::string(IP_TEST_FIXTURES_DIR) + "/render/hostile-playbook.json");
    REQUIRE(!text.empty());
    REQUIRE(playbook_from_json(text, doc, error));
    return doc;
}

Playbook empty_playbook() {
    Playbook doc;
    std::string error;
    REQUIRE(playbook_from_json(R"({"schema": "playbook/1"})", doc, error));
    return doc;
}

std::string regular_font() { return read_file(std::string(IP_FONTS_DIR) + "/ui-regular.otf"); }
std::string bold_font() { return read_file(std::string(IP_FONTS_DIR) + "/ui-bold.otf"); }

Image decode_png(const std::vector<uint8_t>& png) {
    Image img;
    int channels = 0;
    unsigned char* data = stbi_load_from_memory(png.data(), static_cast<int>(png.size()), &img.width, &img.height,
                                                &channels, 3);
    if (!data) return {};
    img.rgb.assign(data, data + static_cast<size_t>(img.width) * img.height * 3);
    stbi_image_free(data);
    return img;
}

std::vector<uint8_t> inflate_zlib(const std::vector<uint8_t>& zlib) {
    int len = 0;
    char* out = stbi_zlib_decode_malloc(reinterpret_cast<const char*>(zlib.data()), static_cast<int>(zlib.size()),
                                        &len);
    if (!out) return {};
    std::vector<uint8_t> bytes(out, out + len);
    STBI_FREE(out);
    return bytes;
}

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool name_char(char c) { return c != ' ' && c != '\t' && c != '\n' && c != '/' && c != '>' && c != '='; }

}  // namespace

std::vector<HtmlToken> tokenize_html(const std::string& html) {
    std::vector<HtmlToken> out;
    size_t i = 0;
    std::string raw_text_end;  // inside <style>: everything up to its end tag is text
    while (i < html.size()) {
        if (!raw_text_end.empty()) {
            const size_t end = lower(html).find(raw_text_end, i);
            const size_t stop = end == std::string::npos ? html.size() : end;
            out.push_back({false, false, "", {}, html.substr(i, stop - i)});
            i = stop;
            raw_text_end.clear();
            continue;
        }
        const bool tag_start = html[i] == '<' && i + 1 < html.size() &&
                               (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' ||
                                html[i + 1] == '!');
        if (!tag_start) {
            const size_t next = html.find('<', i + 1);
            const size_t stop = next == std::string::npos ? html.size() : next;
            if (!out.empty() && !out.back().is_tag) out.back().text += html.substr(i, stop - i);
            else out.push_back({false, false, "", {}, html.substr(i, stop - i)});
            i = stop;
            continue;
        }
        HtmlToken tag;
        tag.is_tag = true;
        ++i;
        if (html[i] == '!') {  // doctype or comment
            const size_t end = html.find('>', i);
            tag.name = "!";
            i = end == std::string::npos ? html.size() : end + 1;
            out.push_back(tag);
            continue;
        }
        if (html[i] == '/') {
            tag.closing = true;
            ++i;
        }
        while (i < html.size() && name_char(html[i])) tag.name += html[i++];
        tag.name = lower(tag.name);
        while (i < html.size() && html[i] != '>') {
            if (html[i] == ' ' || html[i] == '\n' || html[i] == '\t' || html[i] == '/') {
                ++i;
                continue;
            }
            std::string name, value;
            while (i < html.size() && name_char(html[i])) name += html[i++];
            if (i < html.size() && html[i] == '=') {
                ++i;
                if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                    const char q = html[i++];
                    const size_t end = html.find(q, i);
                    value = html.substr(i, end - i);
                    i = end == std::string::npos ? html.size() : end + 1;
                } else {
                    while (i < html.size() && html[i] != ' ' && html[i] != '>') value += html[i++];
                }
            }
            tag.attributes.emplace_back(lower(name), value);
        }
        ++i;
        if (!tag.closing && tag.name == "style") raw_text_end = "</style";
        out.push_back(tag);
    }
    return out;
}

}  // namespace ip::test
