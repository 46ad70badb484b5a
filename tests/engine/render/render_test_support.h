// Shared helpers for the exporter tests: fixture documents, the bundled
// fonts, a PNG decoder and a tiny HTML tokenizer for the safety checks.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/playbook.h"

namespace ip::test {

std::string read_file(const std::string& path);
// tests/fixtures/render/hostile-playbook.json, parsed (REQUIREs success).
Playbook hostile_playbook();
// A document with nothing in it but the schema: every array empty, every optional null.
Playbook empty_playbook();
std::string regular_font();
std::string bold_font();

struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;  // row-major, 3 bytes a pixel
    bool ok() const { return width > 0 && height > 0; }
};
Image decode_png(const std::vector<uint8_t>& png);
std::vector<uint8_t> inflate_zlib(const std::vector<uint8_t>& zlib);

// An HTML tag or a run of text, as a browser's tokenizer would split them
// (good enough for the markup our exporters write).
struct HtmlToken {
    bool is_tag = false;
    bool closing = false;
    std::string name;                                             // lower-case tag name
    std::vector<std::pair<std::string, std::string>> attributes;  // names lower-case
    std::string text;                                             // for text tokens (still entity-encoded)
};
std::vector<HtmlToken> tokenize_html(const std::string& html);

}  // namespace ip::test
