// A read-only zip container reader (enough for .docx): the central
// directory, and stored or DEFLATE members checked against their CRC-32.
// Sizes and entry counts are capped (input_limits.h), so a zip bomb is an
// error message, not an out-of-memory crash.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ip {

struct ZipEntry {
    std::string name;
    uint16_t method = 0;  // 0 stored, 8 DEFLATE
    uint32_t crc32 = 0;
    uint64_t compressed_size = 0;
    uint64_t uncompressed_size = 0;
    uint64_t local_header_offset = 0;
};

class ZipReader {
public:
    // Reads the central directory. `data` must outlive the reader. On failure
    // returns false and sets `error` to one line ("the zip's central directory is missing").
    bool open(std::string_view data, std::string& error);

    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;

    // Inflates one member, verifying size and CRC-32. `max_bytes` caps the
    // inflated size (declared and actual).
    bool extract(const ZipEntry& entry, size_t max_bytes, std::string& out, std::string& error) const;

private:
    std::string_view data_;
    std::vector<ZipEntry> entries_;
};

// True if the bytes start like a zip file (local header or empty-archive end record).
bool looks_like_zip(std::string_view data);

uint32_t crc32_of(std::string_view data);

}  // namespace ip
