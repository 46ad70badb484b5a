// Writes src/knowledge/phrasing_keys.h: phrasing_keys <src dir> <assets dir> <output>.
// Run through tools/phrasing-keys.
#include <cstdio>
#include <exception>
#include <fstream>

#include "phrasing_key_scan.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: phrasing_keys <src dir> <assets dir> <output header>\n");
        return 2;
    }
    try {
        namespace pk = ip::phrasing_keys;
        const std::string text = pk::header_text(pk::asked_keys(pk::engine_sources(argv[1]), pk::asset_keys(argv[2])));
        std::ofstream out(argv[3], std::ios::binary);
        out << text;
        if (!out) {
            std::fprintf(stderr, "phrasing_keys: cannot write %s\n", argv[3]);
            return 1;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "phrasing_keys: %s\n", e.what());
        return 1;
    }
    return 0;
}
