#include "render/pdf_fonts.h"

#include <algorithm>
#include <tuple>

namespace ip::pdf {

namespace {

constexpr int kOutlineScale = 3;  // glyph space = 1/3 font unit

// A missing character's box: 0.6 em wide as text_flow lays it out, drawn
// like the PNG's outlined box.
constexpr int kMissingAdvancePermille = 600;

std::string hex4(uint32_t u) {
    static const char* hex = "0123456789ABCDEF";
    std::string s;
    for (int shift = 12; shift >= 0; shift -= 4) s += hex[(u >> shift) & 0xF];
    return s;
}

std::string utf16_hex(uint32_t cp) {
    if (cp >= 0x10000) return hex4(0xD800 + ((cp - 0x10000) >> 10)) + hex4(0xDC00 + ((cp - 0x10000) & 0x3FF));
    return hex4(cp);
}

// Code 0 of every font is an empty glyph named "m", 0.6 em wide, that no
// text uses. Poppler (pdftotext, many viewers' search) cannot know a Type 3
// font's scale and guesses it from the width of the glyph named "m",
// assuming 0.6 em; with this one its guess is exact, so words in regular
// and bold type stay on one line in extracted text. The real glyphs are
// named by code.
constexpr size_t kFirstCode = 1;
constexpr int kScaleGlyphPermille = 600;

std::string to_unicode_cmap(const std::vector<uint32_t>& codepoints) {
    std::string s =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
    for (size_t start = 0; start < codepoints.size(); start += 100) {
        const size_t n = std::min<size_t>(100, codepoints.size() - start);
        s += std::to_string(n) + " beginbfchar\n";
        for (size_t i = start; i < start + n; ++i) {
            static const char* hex = "0123456789ABCDEF";
            const size_t code = i + kFirstCode;
            s += std::string("<") + hex[code >> 4] + hex[code & 15] + "> <" + utf16_hex(codepoints[i]) + ">\n";
        }
        s += "endbfchar\n";
    }
    s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s;
}

// Geometric marks the bundled fonts lack but the exports use (the
// requirement check's "partial" mark): drawn here as vector glyphs instead
// of a missing-character box.
enum class Mark { None, CircleLeftHalf, CircleRightHalf, Circle, Disc };

Mark drawn_mark(uint32_t cp) {
    switch (cp) {
        case 0x25D0: return Mark::CircleLeftHalf;   // ◐
        case 0x25D1: return Mark::CircleRightHalf;  // ◑
        case 0x25CB: return Mark::Circle;           // ○
        case 0x25CF: return Mark::Disc;             // ●
        default: return Mark::None;
    }
}

// A circle of radius r around (cx, cy) as four cubic quarters, or only the
// left or right half closed by its diameter (side -1 or 1).
std::string circle_path(int64_t cx, int64_t cy, int64_t r, int side = 0) {
    const int64_t k = r * 5523 / 10000;  // 4/3 (sqrt 2 - 1): the quarter-circle control length
    auto p = [](int64_t x, int64_t y) { return std::to_string(x) + " " + std::to_string(y) + " "; };
    if (side < 0)
        return p(cx, cy + r) + "m " + p(cx - k, cy + r) + p(cx - r, cy + k) + p(cx - r, cy) + "c " + p(cx - r, cy - k) +
               p(cx - k, cy - r) + p(cx, cy - r) + "c h\n";
    if (side > 0)
        return p(cx, cy - r) + "m " + p(cx + k, cy - r) + p(cx + r, cy - k) + p(cx + r, cy) + "c " + p(cx + r, cy + k) +
               p(cx + k, cy + r) + p(cx, cy + r) + "c h\n";
    return p(cx + r, cy) + "m " + p(cx + r, cy + k) + p(cx + k, cy + r) + p(cx, cy + r) + "c " + p(cx - k, cy + r) +
           p(cx - r, cy + k) + p(cx - r, cy) + "c " + p(cx - r, cy - k) + p(cx - k, cy - r) + p(cx, cy - r) + "c " +
           p(cx + k, cy - r) + p(cx + r, cy - k) + p(cx + r, cy) + "c h\n";
}

// 1/n with twelve decimals, computed in integers so every build writes the same digits.
std::string inverse(int64_t n) {
    const int64_t scaled = (1000000000000LL + n / 2) / n;
    std::string digits = std::to_string(scaled);
    digits.insert(0, 12 - std::min<size_t>(12, digits.size()), '0');
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    return "0." + digits;
}

}  // namespace

GlyphCode Fonts::code(FaceId face, int glyph, uint32_t codepoint) {
    // A glyph is shared by the characters it draws only when the character
    // is the same: the ToUnicode map is per code.
    const auto key = std::make_tuple(static_cast<int>(face), glyph, codepoint);
    auto it = codes_.find(key);
    if (it != codes_.end()) return it->second;
    if (glyph == 0 && drawn_mark(codepoint) == Mark::None) missing_.insert(codepoint);
    int font = -1;
    for (size_t i = 0; i < fonts_.size(); ++i)
        if (fonts_[i].face == face && fonts_[i].entries.size() + kFirstCode < 256) font = static_cast<int>(i);
    if (font < 0) {
        fonts_.push_back({face, {}});
        font = static_cast<int>(fonts_.size()) - 1;
    }
    Font& f = fonts_[static_cast<size_t>(font)];
    const GlyphCode gc{font, static_cast<uint8_t>(f.entries.size() + kFirstCode)};
    f.entries.push_back({glyph, codepoint});
    return codes_.emplace(key, gc).first->second;
}

int64_t Fonts::units_per_em(FaceId face) const {
    return static_cast<int64_t>(faces_.get(face).units_per_em()) * kOutlineScale;
}

int64_t Fonts::advance(FaceId face, int glyph) {
    if (glyph == 0) return units_per_em(face) * kMissingAdvancePermille / 1000;
    return static_cast<int64_t>(faces_.get(face).advance_units(glyph)) * kOutlineScale;
}

std::string Fonts::glyph_procedure(FaceId face, const Entry& e, int64_t bbox[4]) {
    const int64_t width = advance(face, e.glyph);
    std::string path;
    int64_t x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    auto extend = [&](int64_t x, int64_t y) {
        if (!any) {
            x0 = x1 = x;
            y0 = y1 = y;
            any = true;
        }
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    };
    auto pt = [&](int64_t x, int64_t y) {
        extend(x, y);
        path += std::to_string(x) + " " + std::to_string(y) + " ";
    };
    const Mark mark = e.glyph == 0 ? drawn_mark(e.codepoint) : Mark::None;
    if (mark != Mark::None) {
        const int64_t em = units_per_em(face);
        const int64_t cx = width / 2, cy = em * 33 / 100, r = em * 26 / 100, stroke = em / 16;
        extend(cx - r, cy - r);
        extend(cx + r, cy + r);
        if (mark == Mark::Disc) {
            path = circle_path(cx, cy, r) + "f\n";
        } else {
            path = circle_path(cx, cy, r) + circle_path(cx, cy, r - stroke) + "f*\n";
            if (mark == Mark::CircleLeftHalf) path += circle_path(cx, cy, r, -1) + "f\n";
            if (mark == Mark::CircleRightHalf) path += circle_path(cx, cy, r, 1) + "f\n";
        }
    } else if (e.glyph == 0) {
        // Outlined box (even-odd: outer rectangle minus inner one).
        const int64_t em = units_per_em(face);
        const int64_t inset = em / 10, stroke = em / 14, h = em * 7 / 10;
        const int64_t l = inset, r = width - inset;
        pt(l, 0);
        pt(r - l, h);
        path += "re ";
        pt(l + stroke, stroke);
        pt(r - l - 2 * stroke, h - 2 * stroke);
        path += "re f*\n";
    } else {
        int64_t cx = 0, cy = 0;
        for (const OutlineStep& s : faces_.get(face).outline(e.glyph)) {
            const int64_t x = int64_t{s.x} * kOutlineScale, y = int64_t{s.y} * kOutlineScale;
            switch (s.kind) {
                case OutlineStep::Move:
                    if (!path.empty()) path += "h ";
                    pt(x, y);
                    path += "m\n";
                    break;
                case OutlineStep::Line:
                    pt(x, y);
                    path += "l\n";
                    break;
                case OutlineStep::Quad: {
                    // In 3x units the cubic's controls are P0 + 2Q and P2 + 2Q, in font units.
                    pt(cx / kOutlineScale + 2 * int64_t{s.c1x}, cy / kOutlineScale + 2 * int64_t{s.c1y});
                    pt(s.x + 2 * int64_t{s.c1x}, s.y + 2 * int64_t{s.c1y});
                    pt(x, y);
                    path += "c\n";
                    break;
                }
                case OutlineStep::Cubic:
                    pt(int64_t{s.c1x} * kOutlineScale, int64_t{s.c1y} * kOutlineScale);
                    pt(int64_t{s.c2x} * kOutlineScale, int64_t{s.c2y} * kOutlineScale);
                    pt(x, y);
                    path += "c\n";
                    break;
            }
            cx = x;
            cy = y;
        }
        if (!path.empty()) path += "h f\n";
    }
    if (any) {
        bbox[0] = std::min(bbox[0], x0);
        bbox[1] = std::min(bbox[1], y0);
        bbox[2] = std::max(bbox[2], x1);
        bbox[3] = std::max(bbox[3], y1);
    }
    return std::to_string(width) + " 0 " + std::to_string(x0) + " " + std::to_string(y0) + " " + std::to_string(x1) +
           " " + std::to_string(y1) + " d1\n" + path;
}

std::string Fonts::write(File& file) {
    std::string resources;
    for (size_t fi = 0; fi < fonts_.size(); ++fi) {
        const Font& f = fonts_[fi];
        int64_t bbox[4] = {0, 0, 0, 0};
        const int empty = file.add_stream("", std::to_string(units_per_em(f.face) * kScaleGlyphPermille / 1000) +
                                                  " 0 0 0 0 0 d1\n");
        std::string procs = "/m " + ref(empty) + " ", differences = "/m ",
                    widths = std::to_string(units_per_em(f.face) * kScaleGlyphPermille / 1000) + " ";
        std::vector<uint32_t> codepoints;
        for (size_t i = 0; i < f.entries.size(); ++i) {
            const Entry& e = f.entries[i];
            const int proc = file.add_stream("", glyph_procedure(f.face, e, bbox));
            std::string name = "g";  // (not "g" + ...: GCC 12 warns falsely on that form)
            name += std::to_string(i + kFirstCode);
            procs += "/" + name + " " + ref(proc) + " ";
            differences += "/" + name + " ";
            widths += std::to_string(advance(f.face, e.glyph)) + " ";
            codepoints.push_back(e.codepoint);
        }
        const int cmap = file.add_stream("", to_unicode_cmap(codepoints));
        const int font = file.add(
            "<< /Type /Font /Subtype /Type3 /FontMatrix [" + inverse(units_per_em(f.face)) + " 0 0 " +
            inverse(units_per_em(f.face)) + " 0 0] /FontBBox [" + std::to_string(bbox[0]) + " " +
            std::to_string(bbox[1]) + " " + std::to_string(bbox[2]) + " " + std::to_string(bbox[3]) +
            "] /Resources << >> /CharProcs << " + procs + ">> /Encoding << /Type /Encoding /Differences [0 " +
            differences + "] >> /FirstChar 0 /LastChar " + std::to_string(f.entries.size() + kFirstCode - 1) +
            " /Widths [" + widths + "] /ToUnicode " + ref(cmap) + " >>");
        resources += "/T" + std::to_string(fi) + " " + ref(font) + " ";
    }
    return resources;
}

}  // namespace ip::pdf
