// Caps on what the readers accept, and the messages that name them. Every
// cap protects the browser tab from a hang or an out-of-memory crash; the
// message tells the user which cap and by how much.
#pragma once
#include <cstddef>
#include <cstdio>
#include <string>

namespace ip {

namespace limits {
// Text the extraction runs on (pasted, .txt/.md/.html/.json, or rebuilt from .docx/PDF items).
constexpr size_t kMaxTextBytes = 2u << 20;
// A container file as given (.docx with images, the PDF-items JSON).
constexpr size_t kMaxFileBytes = 16u << 20;
// One inflated zip member (word/document.xml and friends).
constexpr size_t kMaxZipMemberBytes = 16u << 20;
// Members in a zip's central directory.
constexpr size_t kMaxZipEntries = 5000;
// Nesting of JSON arrays/objects (JSON Resume, PDF items).
constexpr int kMaxJsonDepth = 64;
// Nesting of XML elements in a .docx part.
constexpr int kMaxXmlDepth = 256;
// Positioned items in a PDF-items document.
constexpr size_t kMaxPdfItems = 100000;
}  // namespace limits

// "312 bytes", "48 KB", "5.2 MB" (1 KB = 1024 bytes).
inline std::string format_size(size_t bytes) {
    char buf[32];
    if (bytes < 1024) {
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    } else if (bytes < (1u << 20)) {
        std::snprintf(buf, sizeof buf, "%zu KB", (bytes + 512) / 1024);
    } else {
        double mb = double(bytes) / double(1u << 20);
        if (mb == double(size_t(mb))) std::snprintf(buf, sizeof buf, "%zu MB", size_t(mb));
        else std::snprintf(buf, sizeof buf, "%.1f MB", mb);
    }
    return buf;
}

// "the resume is 5.2 MB; the limit is 2 MB"
inline std::string too_large_message(const std::string& what, size_t size, size_t limit) {
    return what + " is " + format_size(size) + "; the limit is " + format_size(limit);
}

}  // namespace ip
