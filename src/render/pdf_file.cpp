#include "render/pdf_file.h"

#include <cstdio>
#include <cstdlib>

#include "core/text.h"
#include "render/png_deflate.h"

namespace ip::pdf {

int File::reserve() {
    bodies_.emplace_back();
    return static_cast<int>(bodies_.size());
}

void File::set(int id, std::string body) { bodies_[static_cast<size_t>(id - 1)] = std::move(body); }

int File::add(std::string body) {
    const int id = reserve();
    set(id, std::move(body));
    return id;
}

void File::set_stream(int id, const std::string& dict_entries, const std::string& data, bool compress) {
    std::string payload = data;
    std::string filter;
    if (compress && !data.empty()) {
        int size = 0;
        unsigned char* z = png_deflate(reinterpret_cast<unsigned char*>(const_cast<char*>(data.data())),
                                       static_cast<int>(data.size()), &size, 0);
        if (z) {
            payload.assign(reinterpret_cast<const char*>(z), static_cast<size_t>(size));
            std::free(z);
            filter = " /Filter /FlateDecode";
        }
    }
    set(id, "<< " + dict_entries + filter + " /Length " + std::to_string(payload.size()) + " >>\nstream\n" + payload +
                "\nendstream");
}

int File::add_stream(const std::string& dict_entries, const std::string& data, bool compress) {
    const int id = reserve();
    set_stream(id, dict_entries, data, compress);
    return id;
}

std::string File::finish(int root, int info) const {
    // The binary comment line tells transfer tools the file is not text.
    std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < bodies_.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + bodies_[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(bodies_.size() + 1) + "\n0000000000 65535 f \n";
    char line[24];
    for (size_t offset : offsets) {
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(bodies_.size() + 1) + " /Root " + ref(root) + " /Info " + ref(info) +
           " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string ref(int id) { return std::to_string(id) + " 0 R"; }

std::string text_string(const std::string& utf8) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "<FEFF";
    auto unit16 = [&](uint32_t u) {
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(u >> shift) & 0xF];
    };
    for (size_t i = 0; i < utf8.size();) {
        const uint32_t cp = next_codepoint(utf8, i);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) continue;
        if (cp >= 0x10000) {
            unit16(0xD800 + ((cp - 0x10000) >> 10));
            unit16(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            unit16(cp);
        }
    }
    return out + ">";
}

std::string fixed(int64_t value, int shift) {
    const bool negative = value < 0;
    const uint64_t mag = static_cast<uint64_t>(negative ? -value : value);
    const uint64_t whole = mag >> shift;
    uint64_t frac = mag & ((uint64_t{1} << shift) - 1);
    std::string out = negative && mag != 0 ? "-" : "";
    out += std::to_string(whole);
    if (frac == 0) return out;
    out += '.';
    // Each binary fraction bit is an exact decimal digit sequence.
    while (frac != 0) {
        frac *= 10;
        out += static_cast<char>('0' + (frac >> shift));
        frac &= (uint64_t{1} << shift) - 1;
    }
    return out;
}

std::string hundredths(int64_t value) {
    const int64_t mag = value < 0 ? -value : value;
    std::string s = value < 0 ? "-" : "";
    s += std::to_string(mag / 100);
    const int64_t frac = mag % 100;
    if (frac != 0) {
        s += '.';
        s += static_cast<char>('0' + frac / 10);
        if (frac % 10) s += static_cast<char>('0' + frac % 10);
    }
    return s;
}

std::string unit(int v255) {
    const int thousandths = (v255 * 1000 + 127) / 255;
    if (thousandths >= 1000) return "1";
    if (thousandths <= 0) return "0";
    char buf[8];
    std::snprintf(buf, sizeof buf, "0.%03d", thousandths);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    return s;
}

}  // namespace ip::pdf
