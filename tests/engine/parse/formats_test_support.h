// Helpers for the document-format tests: fixture bytes, and small zip
// archives built in memory (stored members) for container edge cases.
#pragma once
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "parse/zip_reader.h"

namespace ip::test {

inline std::string format_fixture(const std::string& relative) {
    std::ifstream in(std::string(IP_TEST_FIXTURES_DIR) + "/formats/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void put16(std::string& s, uint32_t v) {
    s.push_back(char(v & 0xFF));
    s.push_back(char((v >> 8) & 0xFF));
}
inline void put32(std::string& s, uint32_t v) {
    put16(s, v & 0xFFFF);
    put16(s, v >> 16);
}

struct ZipMember {
    std::string name;
    std::string data;
    uint16_t method = 0;  // written as-is; data is always stored uncompressed
    uint16_t flags = 0;
};

// A zip archive with stored members (correct CRCs), for edge cases.
inline std::string build_zip(const std::vector<ZipMember>& members) {
    std::string out, dir;
    for (const ZipMember& m : members) {
        uint32_t offset = uint32_t(out.size());
        uint32_t crc = crc32_of(m.data);
        auto header_fields = [&](std::string& s) {
            put16(s, m.flags);
            put16(s, m.method);
            put32(s, 0);  // time, date
            put32(s, crc);
            put32(s, uint32_t(m.data.size()));
            put32(s, uint32_t(m.data.size()));
            put16(s, uint32_t(m.name.size()));
            put16(s, 0);  // extra
        };
        put32(out, 0x04034b50);
        put16(out, 20);
        header_fields(out);
        out += m.name;
        out += m.data;
        put32(dir, 0x02014b50);
        put16(dir, 20);
        put16(dir, 20);
        header_fields(dir);
        put16(dir, 0);  // comment
        put16(dir, 0);  // disk
        put16(dir, 0);  // internal attributes
        put32(dir, 0);  // external attributes
        put32(dir, offset);
        dir += m.name;
    }
    uint32_t dir_offset = uint32_t(out.size());
    out += dir;
    put32(out, 0x06054b50);
    put32(out, 0);
    put16(out, uint32_t(members.size()));
    put16(out, uint32_t(members.size()));
    put32(out, uint32_t(dir.size()));
    put32(out, dir_offset);
    put16(out, 0);
    return out;
}

// The smallest "zip": an end record that claims `entries` entries.
inline std::string end_record_only(uint16_t entries) {
    std::string out;
    put32(out, 0x06054b50);
    put32(out, 0);
    put16(out, entries);
    put16(out, entries);
    put32(out, 0);
    put32(out, 0);
    put16(out, 0);
    return out;
}

}  // namespace ip::test
