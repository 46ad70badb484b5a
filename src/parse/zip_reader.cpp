#include "parse/zip_reader.h"

#include <array>
#include <cstring>

#include "parse/input_limits.h"

// stb_image carries a small, well-tested inflater; only the zlib part is
// compiled here (every image format is switched off).
#define STB_IMAGE_IMPLEMENTATION
#define STBI_SUPPORT_ZLIB
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_NO_JPEG
#define STBI_NO_PNG
#define STBI_NO_BMP
#define STBI_NO_PSD
#define STBI_NO_TGA
#define STBI_NO_GIF
#define STBI_NO_PIC
#define STBI_NO_PNM
#define STBI_NO_SIMD
#include <stb/stb_image.h>

namespace ip {

namespace {

constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kEndRecordSig = 0x06054b50;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;

uint16_t read16(std::string_view d, size_t at) { return uint16_t(uint8_t(d[at]) | (uint8_t(d[at + 1]) << 8)); }
uint32_t read32(std::string_view d, size_t at) { return uint32_t(read16(d, at)) | (uint32_t(read16(d, at + 2)) << 16); }

std::array<uint32_t, 256> make_crc_table() {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    return t;
}

}  // namespace

uint32_t crc32_of(std::string_view data) {
    static const std::array<uint32_t, 256> table = make_crc_table();
    uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool looks_like_zip(std::string_view data) {
    return data.size() >= 4 && (read32(data, 0) == kLocalHeaderSig || read32(data, 0) == kEndRecordSig);
}

bool ZipReader::open(std::string_view data, std::string& error) {
    data_ = data;
    entries_.clear();
    if (data.size() < kEndRecordSize) {
        error = "the file is too short to be a zip archive (" + format_size(data.size()) + ")";
        return false;
    }
    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
    size_t end_at = std::string::npos;
    size_t lowest = data.size() > kEndRecordSize + 0xFFFF ? data.size() - kEndRecordSize - 0xFFFF : 0;
    for (size_t at = data.size() - kEndRecordSize + 1; at-- > lowest;) {
        if (read32(data, at) == kEndRecordSig && at + kEndRecordSize + read16(data, at + 20) <= data.size()) {
            end_at = at;
            break;
        }
    }
    if (end_at == std::string::npos) {
        error = "the zip archive is cut off or damaged (its central directory is missing)";
        return false;
    }
    uint16_t count = read16(data, end_at + 10);
    uint32_t dir_size = read32(data, end_at + 12);
    uint32_t dir_offset = read32(data, end_at + 16);
    if (count == 0xFFFF || dir_offset == 0xFFFFFFFFu) {
        error = "ZIP64 archives are not supported";
        return false;
    }
    if (count > limits::kMaxZipEntries) {
        error = "the zip archive has " + std::to_string(count) + " entries; the limit is " +
                std::to_string(limits::kMaxZipEntries);
        return false;
    }
    if (uint64_t(dir_offset) + dir_size > end_at) {
        error = "the zip archive is cut off or damaged (its central directory points past the end)";
        return false;
    }
    size_t at = dir_offset;
    for (uint16_t i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end_at || read32(data, at) != kCentralHeaderSig) {
            error = "the zip archive's central directory is damaged (entry " + std::to_string(i + 1) + ")";
            return false;
        }
        ZipEntry e;
        uint16_t flags = read16(data, at + 8);
        e.method = read16(data, at + 10);
        e.crc32 = read32(data, at + 16);
        e.compressed_size = read32(data, at + 20);
        e.uncompressed_size = read32(data, at + 24);
        size_t name_len = read16(data, at + 28);
        size_t extra_len = read16(data, at + 30);
        size_t comment_len = read16(data, at + 32);
        e.local_header_offset = read32(data, at + 42);
        size_t next = at + kCentralHeaderSize + name_len + extra_len + comment_len;
        if (next > end_at) {
            error = "the zip archive's central directory is damaged (entry " + std::to_string(i + 1) + ")";
            return false;
        }
        e.name = std::string(data.substr(at + kCentralHeaderSize, name_len));
        if (flags & 1) e.method = 0xFFFF;  // encrypted: refused on extract
        entries_.push_back(std::move(e));
        at = next;
    }
    return true;
}

const ZipEntry* ZipReader::find(std::string_view name) const {
    for (const ZipEntry& e : entries_)
        if (e.name == name) return &e;
    return nullptr;
}

bool ZipReader::extract(const ZipEntry& e, size_t max_bytes, std::string& out, std::string& error) const {
    out.clear();
    if (e.method == 0xFFFF) {
        error = e.name + " is encrypted";
        return false;
    }
    if (e.method != 0 && e.method != 8) {
        error = e.name + " uses compression method " + std::to_string(e.method) +
                " (only stored and DEFLATE are supported)";
        return false;
    }
    if (e.uncompressed_size > max_bytes) {
        error = e.name + " would inflate to " + format_size(size_t(e.uncompressed_size)) + "; the limit is " +
                format_size(max_bytes) + " (a zip bomb?)";
        return false;
    }
    size_t at = size_t(e.local_header_offset);
    if (at + kLocalHeaderSize > data_.size() || read32(data_, at) != kLocalHeaderSig) {
        error = "the zip archive is damaged (" + e.name + " has no local header)";
        return false;
    }
    uint64_t data_at = uint64_t(at) + kLocalHeaderSize + read16(data_, at + 26) + read16(data_, at + 28);
    if (data_at + e.compressed_size > data_.size()) {
        error = "the zip archive is cut off (" + e.name + " runs past the end of the file)";
        return false;
    }
    std::string_view packed = data_.substr(size_t(data_at), size_t(e.compressed_size));
    if (e.method == 0) {
        if (e.compressed_size != e.uncompressed_size) {
            error = "the zip archive is damaged (" + e.name + " has inconsistent sizes)";
            return false;
        }
        out.assign(packed);
    } else {
        // The buffer is exactly the declared size: stb refuses to write past
        // it, so a member that lies about its size cannot grow beyond the cap.
        out.resize(size_t(e.uncompressed_size) + 1);
        // stb 2.27 refuses to decode the last codes when fewer than 16 bits of
        // input remain (PNG streams always end with a 4-byte checksum); the
        // padding is never read as data because the final block ends first.
        std::string input(packed);
        input.append(8, '\0');
        int n = stbi_zlib_decode_noheader_buffer(out.data(), int(out.size()), input.data(), int(input.size()));
        if (n < 0) {
            const char* reason = stbi_failure_reason();
            bool overflow = reason && std::strcmp(reason, "output buffer limit") == 0;
            out.clear();
            error = overflow ? e.name + " inflates to more than its declared " +
                                   format_size(size_t(e.uncompressed_size)) + " (a damaged file or a zip bomb)"
                             : "the compressed data of " + e.name + " is corrupt";
            return false;
        }
        if (uint64_t(n) != e.uncompressed_size) {
            out.clear();
            error = e.name + " inflates to " + format_size(size_t(n)) + " but declares " +
                    format_size(size_t(e.uncompressed_size)) + " (the file is damaged)";
            return false;
        }
        out.resize(size_t(n));
    }
    if (crc32_of(out) != e.crc32) {
        out.clear();
        error = "the zip archive is damaged (" + e.name + " fails its CRC check)";
        return false;
    }
    return true;
}

}  // namespace ip
