// The PNG handout: page sizes, empty margins, ink in every region, shrinking
// and truncation for long content, missing glyphs, bad fonts, determinism and
// a golden image.
//
// Regenerate the golden images deliberately after an intended visual change:
//   IP_UPDATE_GOLDEN=1 build/<dir>/test_render "[golden]"
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "render/handout_content.h"
#include "render/handout_page.h"
#include "render/png_deflate.h"
#include "render/render.h"
#include "render/render_test_support.h"

using namespace ip;

namespace {

std::vector<uint8_t> render_png(const Playbook& doc, int scale, bool a4) {
    std::string error;
    PngOptions opt;
    opt.scale = scale;
    opt.a4 = a4;
    auto png = render_handout_png(doc, test::regular_font(), test::bold_font(), opt, error);
    INFO(error);
    REQUIRE(!png.empty());
    return png;
}

bool is_ink(const uint8_t* p) { return p[0] < 200 || p[1] < 200 || p[2] < 200; }

size_t ink_in(const Canvas& c, const PixelRect& r) {
    size_t n = 0;
    for (int y = r.y; y < r.y + r.h; ++y)
        for (int x = r.x; x < r.x + r.w; ++x)
            if (is_ink(&c.pixels()[(static_cast<size_t>(y) * c.width() + x) * 3])) ++n;
    return n;
}

// Every pixel within `margin` of the page edge is pure white.
bool margins_blank(const Canvas& c, int margin) {
    for (int y = 0; y < c.height(); ++y)
        for (int x = 0; x < c.width(); ++x) {
            if (x >= margin && x < c.width() - margin && y >= margin && y < c.height() - margin) continue;
            const uint8_t* p = &c.pixels()[(static_cast<size_t>(y) * c.width() + x) * 3];
            if (p[0] != 255 || p[1] != 255 || p[2] != 255) return false;
        }
    return true;
}

HandoutPage page_for(const Playbook& doc, int scale, bool a4) {
    static FontPair fonts;
    static const bool loaded = [] {
        std::string error;
        return fonts.regular.load(test::regular_font(), error) && fonts.bold.load(test::bold_font(), error);
    }();
    REQUIRE(loaded);
    return draw_handout_page(handout_content(doc), fonts, scale, a4);
}

Playbook overflowing_playbook() {
    Playbook doc = test::hostile_playbook();
    const Rich long_item = RichBuilder()
                               .plain(
                                   "Map every upstream feed, its owner, its failure modes and its recovery "
                                   "procedure, then agree service levels with each hospital's integration team ")
                               .fill("which feeds matter most?")
                               .build();
    for (PlanPhase* phase : {&doc.plan.days_30, &doc.plan.days_60, &doc.plan.days_90}) {
        phase->focus.assign(12, long_item);
        phase->background_helps.assign(8, long_item);
        phase->excited_to_learn.assign(8, long_item);
        phase->diagnose_first.assign(8, long_item);
        phase->milestone.assign(3, long_item);
    }
    for (int i = 0; i < 6; ++i)
        doc.pitch.thirty_second.insert(doc.pitch.thirty_second.end(), doc.pitch.thirty_second.begin(),
                                       doc.pitch.thirty_second.begin() + 3);
    doc.cheat_sheet.selling_points.assign(15, long_item);
    doc.candidate.name = std::string(200, 'N');
    return doc;
}

void compare_with_golden(const std::vector<uint8_t>& png, const std::string& name) {
    const std::string path = std::string(IP_TEST_FIXTURES_DIR) + "/golden/" + name;
    if (std::getenv("IP_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(png.data()), png.size());
        WARN("golden image rewritten: " << path);
        return;
    }
    const std::string bytes = test::read_file(path);
    INFO("missing golden " << path << "; create it with IP_UPDATE_GOLDEN=1");
    REQUIRE(!bytes.empty());
    const test::Image golden = test::decode_png(std::vector<uint8_t>(bytes.begin(), bytes.end()));
    const test::Image actual = test::decode_png(png);
    REQUIRE(golden.ok());
    REQUIRE(actual.ok());
    REQUIRE(actual.width == golden.width);
    REQUIRE(actual.height == golden.height);
    // Tolerant of antialiasing noise, not of moved or missing text.
    size_t far_off = 0;
    uint64_t total = 0;
    for (size_t i = 0; i < actual.rgb.size(); i += 3) {
        int worst = 0;
        for (size_t k = 0; k < 3; ++k) {
            const int d = std::abs(static_cast<int>(actual.rgb[i + k]) - static_cast<int>(golden.rgb[i + k]));
            worst = std::max(worst, d);
            total += static_cast<uint64_t>(d);
        }
        if (worst > 48) ++far_off;
    }
    const size_t pixels = actual.rgb.size() / 3;
    CHECK(far_off * 1000 <= pixels);                        // at most 0.1% of pixels clearly different
    CHECK(total <= static_cast<uint64_t>(pixels) * 3 / 2);  // mean difference at most 0.5 a channel
}

}  // namespace

TEST_CASE("the PNG handout has Letter and A4 proportions at each scale") {
    const Playbook doc = test::hostile_playbook();
    const struct {
        int scale;
        bool a4;
        int w, h;
    } cases[] = {{1, false, 816, 1056}, {1, true, 794, 1123}, {2, false, 1632, 2112}, {3, true, 2382, 3369}};
    for (const auto& c : cases) {
        CAPTURE(c.scale, c.a4);
        const test::Image img = test::decode_png(render_png(doc, c.scale, c.a4));
        CHECK(img.width == c.w);
        CHECK(img.height == c.h);
    }
}

TEST_CASE("the handout page has blank margins and text in every region") {
    for (const bool a4 : {false, true}) {
        const HandoutPage page = page_for(test::hostile_playbook(), 2, a4);
        const Canvas& c = *page.canvas;
        CHECK(page.margin == 96);
        CHECK(margins_blank(c, page.margin));
        CHECK(page.fit_step == 0);
        CHECK_FALSE(page.truncated);
        CHECK(ink_in(c, page.header) > 2000);
        CHECK(ink_in(c, page.pitch) > 2000);
        for (const PixelRect& col : page.columns) {
            CHECK(col.w > 400);
            CHECK(ink_in(c, col) > 4000);
        }
        // The three columns sit side by side, in order, without overlapping.
        CHECK(page.columns[0].x + page.columns[0].w < page.columns[1].x);
        CHECK(page.columns[1].x + page.columns[1].w < page.columns[2].x);
        CHECK(ink_in(c, page.selling_points) > 1000);
        CHECK(ink_in(c, page.stories) > 1000);
        CHECK(page.stories.y + page.stories.h <= c.height() - page.margin);
    }
}

TEST_CASE("long content shrinks, then truncates, and never runs into the margin") {
    const HandoutPage page = page_for(overflowing_playbook(), 1, false);
    CHECK(page.fit_step > 0);
    CHECK(page.truncated);
    CHECK(margins_blank(*page.canvas, page.margin));
    for (const PixelRect& col : page.columns) CHECK(ink_in(*page.canvas, col) > 1000);
}

TEST_CASE("an empty document still gives a usable page with prompts to fill in") {
    const HandoutPage page = page_for(test::empty_playbook(), 1, true);
    CHECK(margins_blank(*page.canvas, page.margin));
    CHECK(ink_in(*page.canvas, page.header) > 300);  // the [your name] prompt and the plan title
    for (const PixelRect& col : page.columns) CHECK(ink_in(*page.canvas, col) > 300);
    const test::Image img = test::decode_png(render_png(test::empty_playbook(), 1, true));
    CHECK(img.width == 794);
}

TEST_CASE("names the font cannot draw still render, as boxes") {
    Playbook doc = test::hostile_playbook();
    doc.candidate.name = "王小明";
    const HandoutPage page = page_for(doc, 1, false);
    const Canvas& c = *page.canvas;
    // The name line is the top of the header: boxes there mean ink.
    const PixelRect name_line{page.header.x, page.header.y, 200, 40};
    CHECK(ink_in(c, name_line) > 150);
    CHECK(margins_blank(c, page.margin));
}

TEST_CASE("bad font bytes give an error, not a crash") {
    std::string error;
    auto png = render_handout_png(test::hostile_playbook(), "garbage", test::bold_font(), PngOptions{}, error);
    CHECK(png.empty());
    CHECK(error.find("regular font") == 0);
    error.clear();
    png = render_handout_png(test::hostile_playbook(), test::regular_font(), test::bold_font().substr(0, 64),
                             PngOptions{}, error);
    CHECK(png.empty());
    CHECK(error.find("bold font") == 0);
}

TEST_CASE("the PNG handout is byte-identical across runs") {
    const Playbook doc = test::hostile_playbook();
    CHECK(render_png(doc, 1, false) == render_png(doc, 1, false));
}

TEST_CASE("the zlib stream behind the PNG round-trips") {
    std::vector<uint8_t> data;
    uint32_t seed = 12345;
    for (int i = 0; i < 200000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        // Long runs, short repeats and noise, like a page of text.
        data.push_back(i % 5000 < 3000 ? 255 : static_cast<uint8_t>((seed >> 24) & (i % 3 ? 0x0F : 0xFF)));
    }
    int len = 0;
    unsigned char* z = png_deflate(data.data(), static_cast<int>(data.size()), &len, 8);
    REQUIRE(z);
    const std::vector<uint8_t> stream(z, z + len);
    std::free(z);
    CHECK(stream.size() < data.size() / 2);
    CHECK(test::inflate_zlib(stream) == data);
    int empty_len = 0;
    unsigned char* empty = png_deflate(data.data(), 0, &empty_len, 8);
    REQUIRE(empty);
    CHECK(test::inflate_zlib(std::vector<uint8_t>(empty, empty + empty_len)).empty());
    std::free(empty);
}

TEST_CASE("the handout matches its golden images", "[golden]") {
    compare_with_golden(render_png(test::hostile_playbook(), 1, false), "handout-letter-1x.png");
    compare_with_golden(render_png(test::empty_playbook(), 1, true), "handout-empty-a4-1x.png");
}

TEST_CASE("text too long for the handout is left out whole, never cut with an ellipsis") {
    const HandoutPage normal = page_for(test::hostile_playbook(), 1, false);
    Playbook doc = test::hostile_playbook();
    std::string endless;
    for (int i = 0; i < 400; ++i) endless += "patients ";
    doc.pitch.thirty_second = RichBuilder().plain(endless).build();
    const HandoutPage page = page_for(doc, 1, false);
    CHECK(page.truncated);
    // The pitch box keeps its label only: no rung of the ladder gives it enough lines,
    // so none of it is drawn, rather than its first lines ending in "...".
    CHECK(page.pitch.h < normal.pitch.h);
    CHECK(ink_in(*normal.canvas, normal.pitch) > ink_in(*page.canvas, page.pitch));
    CHECK(margins_blank(*page.canvas, page.margin));
}
