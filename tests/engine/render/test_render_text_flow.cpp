// The PNG handout's layout engine: wrapping, ellipsis, missing glyphs, CJK
// line breaks and drawing within bounds.
#include <catch2/catch.hpp>

#include "render/render_test_support.h"
#include "render/text_flow.h"

using namespace ip;

namespace {

FontPair& fonts() {
    static FontPair pair;
    static const bool loaded = [] {
        std::string error;
        return pair.regular.load(test::regular_font(), error) && pair.bold.load(test::bold_font(), error);
    }();
    REQUIRE(loaded);
    return pair;
}

constexpr Rgb kBlack{0, 0, 0};
constexpr int kSize = 48;  // 12 px

int64_t width64(const std::vector<LaidGlyph>& line) { return line.back().x64 + line.back().advance64; }

std::string line_text(const std::vector<LaidGlyph>& line) {
    std::string s;
    for (const auto& g : line) s += g.codepoint < 0x80 ? static_cast<char>(g.codepoint) : '?';
    return s;
}

}  // namespace

TEST_CASE("text wraps at spaces and every line fits the width") {
    const StyledText t = styled_plain("Exactly once delivery for every card event, even during broker failover.",
                                      FaceId::Regular, kBlack);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 150, 100);
    REQUIRE(laid.lines.size() >= 3);
    for (const auto& line : laid.lines) {
        CHECK(width64(line) <= 150 * 64);
        CHECK(line.front().codepoint != ' ');
        CHECK(line.back().codepoint != ' ');
    }
    // Greedy: no line could have taken the next line's first word.
    std::string joined;
    for (size_t i = 0; i < laid.lines.size(); ++i) {
        joined += (i ? " " : "") + line_text(laid.lines[i]);
        if (i + 1 == laid.lines.size()) continue;
        const std::string next = line_text(laid.lines[i + 1]);
        const std::string longer = line_text(laid.lines[i]) + " " + next.substr(0, next.find(' '));
        const LaidText wide = lay_out_text(fonts(), styled_plain(longer, FaceId::Regular, kBlack), kSize, 10000, 1);
        CHECK(width64(wide.lines[0]) > 150 * 64);
    }
    CHECK(joined == "Exactly once delivery for every card event, even during broker failover.");
    CHECK_FALSE(laid.truncated);
    CHECK(laid.height() == static_cast<int>(laid.lines.size()) * laid.line_px);
}

TEST_CASE("a word longer than the line breaks between characters") {
    const StyledText t = styled_plain(std::string(60, 'W'), FaceId::Bold, kBlack);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 100, 100);
    REQUIRE(laid.lines.size() > 3);
    for (const auto& line : laid.lines) CHECK(width64(line) <= 100 * 64);
}

TEST_CASE("whitespace folds and control characters disappear") {
    const LaidText laid = lay_out_text(fonts(),
                                       styled_plain("a \n\t b\x01"
                                                    "c",
                                                    FaceId::Regular, kBlack),
                                       kSize, 500, 5);
    REQUIRE(laid.lines.size() == 1);
    CHECK(line_text(laid.lines[0]) == "a bc");
}

TEST_CASE("too many lines end in an ellipsis within the width") {
    const StyledText t = styled_plain("one two three four five six seven eight nine ten eleven twelve thirteen",
                                      FaceId::Regular, kBlack);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 120, 2);
    REQUIRE(laid.lines.size() == 2);
    CHECK(laid.truncated);
    CHECK(laid.lines[1].back().codepoint == 0x2026);
    CHECK(laid.lines[1].back().glyph != 0);  // Inter has an ellipsis
    CHECK(width64(laid.lines[1]) <= 120 * 64);
}

TEST_CASE("CJK text without spaces still wraps, and missing glyphs keep their place") {
    const StyledText t = styled_plain("王小明王小明王小明王小明王小明王小明王小明王小明", FaceId::Regular, kBlack);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 80, 100);
    REQUIRE(laid.lines.size() > 1);
    for (const auto& line : laid.lines) {
        CHECK(width64(line) <= 80 * 64);
        for (const auto& g : line) {
            CHECK(g.glyph == 0);  // Inter has no CJK
            CHECK(g.advance64 > 0);
        }
    }
}

TEST_CASE("fill-in runs are bracketed and drawn in a box, missing glyphs as outlined boxes") {
    const Rich rich = RichBuilder().plain("Baseline ").fill("what was it?").plain(" 王").build();
    const StyledText t = styled_rich(rich, kBlack, Rgb{146, 64, 14});
    REQUIRE(t.size() == 3);
    CHECK(t[1].style.fill_box);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 400, 3);
    REQUIRE(laid.lines.size() == 1);
    CHECK(line_text(laid.lines[0]) == "Baseline [what was it?] ?");

    Canvas canvas(420, 40, Rgb{255, 255, 255});
    draw_text(canvas, fonts(), t, laid, 10, 10, 40);
    // The fill box paints its light background; the replacement box paints ink.
    size_t box_bg = 0, ink = 0;
    const auto& px = canvas.pixels();
    for (size_t i = 0; i < px.size(); i += 3) {
        if (px[i] == 253 && px[i + 1] == 241 && px[i + 2] == 216) ++box_bg;
        if (px[i] < 128 && px[i + 1] < 128) ++ink;
    }
    CHECK(box_bg > 200);
    CHECK(ink > 50);
}

TEST_CASE("drawing stops at the limit and never writes past it") {
    const StyledText t = styled_plain("one two three four five six seven eight nine ten", FaceId::Regular, kBlack);
    const LaidText laid = lay_out_text(fonts(), t, kSize, 60, 100);
    REQUIRE(laid.lines.size() > 3);
    Canvas canvas(80, 200, Rgb{255, 255, 255});
    const int limit = laid.line_px * 2;
    draw_text(canvas, fonts(), t, laid, 0, 0, limit);
    const auto& px = canvas.pixels();
    for (int y = limit; y < 200; ++y)
        for (int x = 0; x < 80; ++x) REQUIRE(px[(static_cast<size_t>(y) * 80 + x) * 3] == 255);
}

TEST_CASE("a font that is not a font is refused, not parsed") {
    FontFace face;
    std::string error;
    CHECK_FALSE(face.load("", error));
    CHECK_FALSE(face.load("not a font at all, just text", error));
    CHECK_FALSE(error.empty());
    std::string truncated = test::regular_font().substr(0, 200);
    CHECK_FALSE(face.load(truncated, error));
    CHECK_FALSE(face.loaded());
}
