// The fonts of a PDF export: every glyph the pages show, embedded as vector
// outlines taken from the bundled fonts (Type 3 fonts, 255 glyphs each), with
// a ToUnicode map so the text can be selected, searched and copied. Only
// glyphs actually used are written: the embedding is a subset by
// construction, whatever the font's format (Inter is CFF, which PDF cannot
// take as TrueType). A character the fonts lack is drawn as an outlined box
// that still copies as the character itself.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "render/pdf_file.h"
#include "render/text_flow.h"

namespace ip::pdf {

struct GlyphCode {
    int font = 0;      // index into the export's Type 3 fonts: resource /T<font>
    uint8_t code = 0;  // the byte that shows it
};

class Fonts {
public:
    explicit Fonts(FontPair& faces) : faces_(faces) {}

    // The code for `codepoint` drawn with `glyph` (0: missing) of `face`.
    GlyphCode code(FaceId face, int glyph, uint32_t codepoint);
    // Glyph-space units per em of the faces' outlines (3x font units, so
    // quadratic curves convert to cubic ones exactly).
    int64_t units_per_em(FaceId face) const;
    int64_t advance(FaceId face, int glyph);  // glyph space units

    // Characters shown as boxes because no bundled font draws them.
    const std::set<uint32_t>& missing() const { return missing_; }

    // Writes the font objects; returns the resource dictionary's font
    // entries ("/T0 5 0 R /T1 9 0 R").
    std::string write(File& file);

private:
    struct Entry {
        int glyph;
        uint32_t codepoint;
    };
    struct Font {
        FaceId face;
        std::vector<Entry> entries;  // code = index
    };
    std::string glyph_procedure(FaceId face, const Entry& e, int64_t bbox[4]);

    FontPair& faces_;
    std::vector<Font> fonts_;
    std::map<std::tuple<int, int, uint32_t>, GlyphCode> codes_;
    std::set<uint32_t> missing_;
};

}  // namespace ip::pdf
