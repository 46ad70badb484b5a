#include "parse/input_sniff.h"

#include <cstdint>

#include "core/text.h"

namespace ip {

namespace {

using namespace std::string_view_literals;

struct Signature {
    size_t offset;
    std::string_view magic;
    const char* kind;
};

constexpr Signature kSignatures[] = {
    {0, "\x89PNG\r\n\x1a\n"sv, "PNG image"},
    {0, "\xFF\xD8\xFF"sv, "JPEG image"},
    {0, "GIF87a"sv, "GIF image"},
    {0, "GIF89a"sv, "GIF image"},
    {0, "RIFF"sv, "RIFF media file (WebP, WAV or AVI)"},
    {0, "II*\0"sv, "TIFF image"},
    {0, "MM\0*"sv, "TIFF image"},
    {4, "ftypheic"sv, "HEIC image"},
    {4, "ftyp"sv, "video"},
    {0,
     "\x7F"
     "ELF"sv,
     "Linux executable"},
    {0, "MZ"sv, "Windows executable"},
    {0, "\xCF\xFA\xED\xFE"sv, "macOS executable"},
    {0, "\xCE\xFA\xED\xFE"sv, "macOS executable"},
    {0, "\xCA\xFE\xBA\xBE"sv, "macOS executable"},
    {0, "\0asm"sv, "WebAssembly module"},
    {0, "\x1F\x8B"sv, "gzip archive"},
    {0, "7z\xBC\xAF\x27\x1C"sv, "7-Zip archive"},
    {0, "Rar!\x1A\x07"sv, "RAR archive"},
    {0, "BZh"sv, "bzip2 archive"},
    {0,
     "\xFD"
     "7zXZ"sv,
     "xz archive"},
    {0, "SQLite format 3"sv, "SQLite database"},
    {0, "ID3"sv, "MP3 audio"},
    {0, "OggS"sv, "Ogg audio"},
    {0, "fLaC"sv, "FLAC audio"},
    {0, "%!PS"sv, "PostScript file"},
    {0, "\x00\x00\x01\x00"sv, "icon image"},
};

bool has_at(std::string_view bytes, size_t offset, std::string_view magic) {
    return bytes.size() >= offset + magic.size() && bytes.substr(offset, magic.size()) == magic;
}

}  // namespace

bool is_pdf_file(std::string_view bytes) {
    // Some writers put junk before the header; the spec allows it within the first KB.
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool is_ole2_file(std::string_view bytes) { return has_at(bytes, 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

bool is_rtf_file(std::string_view bytes) { return has_at(bytes, 0, "{\\rtf"); }

std::string binary_file_kind(std::string_view bytes) {
    for (const Signature& s : kSignatures)
        if (has_at(bytes, s.offset, s.magic)) {
            // "MZ" and "ID3" are short; check the text is not simply starting with those letters.
            if ((s.magic == "MZ"sv || s.magic == "ID3"sv) && bytes.substr(0, 512).find('\0') == std::string_view::npos)
                continue;
            return s.kind;
        }
    // Unknown binary: NUL bytes, or many control characters, near the start.
    std::string_view head = bytes.substr(0, 8192);
    size_t control = 0;
    for (unsigned char c : head) {
        if (c == 0) return "binary data";
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ++control;
    }
    if (!head.empty() && control * 20 > head.size()) return "binary data";
    return {};
}

namespace {

// Windows-1252's 0x80-0x9F; 0 where the code page leaves a byte undefined.
constexpr uint16_t kWindows1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                           0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the valid UTF-8 multi-byte sequence starting at `i`, or 0.
size_t utf8_sequence_at(std::string_view s, size_t i) {
    unsigned char lead = uint8_t(s[i]);
    size_t n = lead >= 0xC2 && lead <= 0xDF   ? 2
               : lead >= 0xE0 && lead <= 0xEF ? 3
               : lead >= 0xF0 && lead <= 0xF4 ? 4
                                              : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((uint8_t(s[i + k]) & 0xC0) != 0x80) return 0;
    return n;
}

}  // namespace

bool windows_1252_to_utf8(std::string_view bytes, std::string& out) {
    bool high = false;
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (uint8_t(bytes[i]) < 0x80) continue;
        if (utf8_sequence_at(bytes, i) > 0) return false;
        high = true;
    }
    if (!high) return false;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c < 0x80) out.push_back(char(c));
        else if (c < 0xA0) append_utf8(out, kWindows1252High[c - 0x80] ? kWindows1252High[c - 0x80] : 0xFFFD);
        else append_utf8(out, c);
    }
    return true;
}

bool utf16_to_utf8(std::string_view bytes, std::string& out) {
    bool le = false;
    size_t start = 0;
    if (has_at(bytes, 0, "\xFF\xFE")) {
        le = true;
        start = 2;
    } else if (has_at(bytes, 0, "\xFE\xFF")) {
        start = 2;
    } else {
        // No BOM: ASCII-heavy UTF-16 has a NUL in every other byte.
        std::string_view head = bytes.substr(0, 2048);
        if (head.size() < 8) return false;
        size_t even_nul = 0, odd_nul = 0;
        for (size_t i = 0; i + 1 < head.size(); i += 2) {
            even_nul += head[i] == '\0';
            odd_nul += head[i + 1] == '\0';
        }
        size_t pairs = head.size() / 2;
        if (odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs) le = true;
        else if (!(even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs)) return false;
    }
    out.clear();
    out.reserve(bytes.size());
    auto unit = [&](size_t i) -> uint32_t {
        uint8_t a = uint8_t(bytes[i]), b = uint8_t(bytes[i + 1]);
        return le ? uint32_t(a | (b << 8)) : uint32_t((a << 8) | b);
    };
    for (size_t i = start; i + 1 < bytes.size(); i += 2) {
        uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, (u >= 0xD800 && u <= 0xDFFF) || u == 0 ? 0xFFFD : u);
    }
    return true;
}

}  // namespace ip
