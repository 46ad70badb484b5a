#include "render/font_face.h"

#include <stb/stb_truetype.h>

#include <unordered_map>

namespace ip {

namespace {

uint32_t read_u32(const std::string& d, size_t at) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(d[at])) << 24) |
           (static_cast<uint32_t>(static_cast<unsigned char>(d[at + 1])) << 16) |
           (static_cast<uint32_t>(static_cast<unsigned char>(d[at + 2])) << 8) |
           static_cast<uint32_t>(static_cast<unsigned char>(d[at + 3]));
}

uint16_t read_u16(const std::string& d, size_t at) {
    return static_cast<uint16_t>((static_cast<unsigned char>(d[at]) << 8) | static_cast<unsigned char>(d[at + 1]));
}

// stb_truetype trusts its input; make sure every table it may look up lies
// inside the buffer before it does.
bool table_directory_ok(const std::string& d) {
    if (d.size() < 12) return false;
    const uint32_t tag = read_u32(d, 0);
    if (tag != 0x00010000 && tag != 0x4F54544F /* OTTO */ && tag != 0x74727565 /* true */) return false;
    const size_t tables = read_u16(d, 4);
    if (tables == 0 || d.size() < 12 + 16 * tables) return false;
    for (size_t i = 0; i < tables; ++i) {
        const size_t rec = 12 + 16 * i;
        const uint64_t offset = read_u32(d, rec + 8), length = read_u32(d, rec + 12);
        if (offset + length > d.size()) return false;
    }
    return true;
}

// units * size / units_per_em in 1/64 px, rounded to nearest.
int64_t scale64(int64_t units, int size_q, int units_per_em) {
    const int64_t num = units * size_q * 16;
    const int64_t half = units_per_em / 2;
    return num >= 0 ? (num + half) / units_per_em : -((-num + half) / units_per_em);
}

}  // namespace

struct FontFace::Impl {
    std::string data;
    stbtt_fontinfo info{};
    int units_per_em = 1000;
    int ascent = 0, descent = 0;
    std::unordered_map<uint32_t, int> glyph_of;
    std::unordered_map<int, int> advance_units;
    std::unordered_map<uint64_t, int> kern_units;
    std::unordered_map<uint64_t, GlyphBitmap> bitmaps;
};

FontFace::FontFace() : impl_(std::make_unique<Impl>()) {}
FontFace::~FontFace() = default;

bool FontFace::load(const std::string& bytes, std::string& error) {
    impl_ = std::make_unique<Impl>();
    impl_->data = bytes;
    const auto* data = reinterpret_cast<const unsigned char*>(impl_->data.data());
    if (!table_directory_ok(impl_->data) || !stbtt_InitFont(&impl_->info, data, 0) || impl_->info.head <= 0 ||
        static_cast<size_t>(impl_->info.head) + 54 > impl_->data.size()) {
        impl_ = std::make_unique<Impl>();
        error = "the font file is not a TrueType or OpenType font";
        return false;
    }
    impl_->units_per_em = read_u16(impl_->data, static_cast<size_t>(impl_->info.head) + 18);
    if (impl_->units_per_em < 16) {
        impl_ = std::make_unique<Impl>();
        error = "the font file has an invalid em size";
        return false;
    }
    int line_gap = 0;
    stbtt_GetFontVMetrics(&impl_->info, &impl_->ascent, &impl_->descent, &line_gap);
    return true;
}

bool FontFace::loaded() const { return !impl_->data.empty(); }

int FontFace::glyph(uint32_t cp) {
    auto it = impl_->glyph_of.find(cp);
    if (it != impl_->glyph_of.end()) return it->second;
    const int g = stbtt_FindGlyphIndex(&impl_->info, static_cast<int>(cp));
    impl_->glyph_of.emplace(cp, g);
    return g;
}

int FontFace::units_per_em() const { return impl_->units_per_em; }

int FontFace::advance_units(int glyph) {
    auto it = impl_->advance_units.find(glyph);
    if (it == impl_->advance_units.end()) {
        int advance = 0, bearing = 0;
        stbtt_GetGlyphHMetrics(&impl_->info, glyph, &advance, &bearing);
        it = impl_->advance_units.emplace(glyph, advance).first;
    }
    return it->second;
}

int64_t FontFace::advance64(int glyph, int size_q) {
    return scale64(advance_units(glyph), size_q, impl_->units_per_em);
}

std::vector<OutlineStep> FontFace::outline(int glyph) {
    std::vector<OutlineStep> steps;
    stbtt_vertex* v = nullptr;
    const int n = stbtt_GetGlyphShape(&impl_->info, glyph, &v);
    for (int i = 0; i < n; ++i) {
        OutlineStep s{OutlineStep::Line, v[i].x, v[i].y, v[i].cx, v[i].cy, v[i].cx1, v[i].cy1};
        switch (v[i].type) {
            case STBTT_vmove: s.kind = OutlineStep::Move; break;
            case STBTT_vline: s.kind = OutlineStep::Line; break;
            case STBTT_vcurve: s.kind = OutlineStep::Quad; break;
            default: s.kind = OutlineStep::Cubic; break;
        }
        steps.push_back(s);
    }
    stbtt_FreeShape(&impl_->info, v);
    return steps;
}

int64_t FontFace::kern64(int left, int right, int size_q) {
    const uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(left)) << 32) | static_cast<uint32_t>(right);
    auto it = impl_->kern_units.find(key);
    if (it == impl_->kern_units.end())
        it = impl_->kern_units.emplace(key, stbtt_GetGlyphKernAdvance(&impl_->info, left, right)).first;
    return scale64(it->second, size_q, impl_->units_per_em);
}

int64_t FontFace::ascent64(int size_q) const { return scale64(impl_->ascent, size_q, impl_->units_per_em); }
int64_t FontFace::descent64(int size_q) const { return scale64(impl_->descent, size_q, impl_->units_per_em); }

const GlyphBitmap& FontFace::bitmap(int glyph, int size_q, int subpixel) {
    const uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(glyph)) << 24) |
                         (static_cast<uint64_t>(size_q & 0xFFFF) << 2) | static_cast<uint64_t>(subpixel & 3);
    auto it = impl_->bitmaps.find(key);
    if (it != impl_->bitmaps.end()) return it->second;
    GlyphBitmap bm;
    // Quarter pixels and quarter-pixel shifts are exact in binary floating point.
    const float scale = stbtt_ScaleForMappingEmToPixels(&impl_->info, static_cast<float>(size_q) * 0.25f);
    const float shift = static_cast<float>(subpixel & 3) * 0.25f;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(&impl_->info, glyph, scale, scale, shift, 0.0f, &x0, &y0, &x1, &y1);
    if (x1 > x0 && y1 > y0) {
        bm.width = x1 - x0;
        bm.height = y1 - y0;
        bm.x_offset = x0;
        bm.y_offset = y0;
        bm.alpha.assign(static_cast<size_t>(bm.width) * bm.height, 0);
        stbtt_MakeGlyphBitmapSubpixel(&impl_->info, bm.alpha.data(), bm.width, bm.height, bm.width, scale, scale, shift,
                                      0.0f, glyph);
    }
    return impl_->bitmaps.emplace(key, std::move(bm)).first->second;
}

}  // namespace ip
