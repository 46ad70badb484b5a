#include "render/handout_page.h"

#include <algorithm>

namespace ip {

namespace {

constexpr Rgb kInk{29, 39, 51};
constexpr Rgb kMuted{82, 96, 109};
constexpr Rgb kTeal{15, 118, 110};
constexpr Rgb kTealBg{227, 243, 240};
constexpr Rgb kSoft{244, 246, 249};
constexpr Rgb kLine{207, 216, 227};
constexpr Rgb kFillInk{146, 64, 14};
constexpr Rgb kWhite{255, 255, 255};

// One rung of the fitting ladder: body type size (quarter pixels at 1x) and
// caps on lines and list items.
struct FitStep {
    int body_q;
    int pitch_lines, item_lines, list_items, stories;
};
constexpr FitStep kSteps[] = {
    {56, 8, 4, 6, 6}, {54, 8, 4, 6, 6}, {52, 8, 4, 6, 6}, {50, 8, 4, 6, 6}, {48, 8, 4, 6, 6}, {46, 8, 4, 6, 6},
    {44, 8, 4, 6, 6}, {42, 8, 4, 6, 6}, {40, 8, 4, 6, 6}, {38, 8, 4, 6, 6}, {36, 8, 4, 6, 6}, {34, 8, 4, 6, 6},
    {34, 6, 3, 4, 5}, {34, 5, 2, 3, 4}, {34, 4, 2, 2, 3}, {34, 3, 1, 2, 3}, {34, 2, 1, 1, 2},
};
constexpr int kStepCount = static_cast<int>(sizeof(kSteps) / sizeof(kSteps[0]));

// Lays the page out once; draws only when a canvas is given, so the same
// code measures and paints.
class Painter {
public:
    Painter(FontPair& fonts, const HandoutContent& h, const FitStep& step, int scale, Surface* surface, int bottom)
        : fonts_(fonts), h_(h), step_(step), s_(scale), surface_(surface), bottom_(bottom) {}

    bool truncated() const { return dropped_ > 0; }
    int dropped() const { return dropped_; }

    // Type sizes, in quarter pixels at this scale, relative to the body size.
    int size(int percent) const { return step_.body_q * s_ * percent / 100; }
    int px(int v) const { return v * s_; }

    // Text that does not fit its lines is left out whole, never cut with an
    // ellipsis: a leave-behind shows shorter content, not half a sentence.
    int text(const StyledText& t, int size_q, int x, int y, int w, int max_lines) {
        const LaidText laid = lay_out_text(fonts_, t, size_q, w, max_lines);
        if (laid.truncated) {
            ++dropped_;
            return 0;
        }
        if (surface_) draw_text(*surface_, fonts_, t, laid, x, y, bottom_);
        return laid.height();
    }
    int plain(const std::string& t, FaceId face, Rgb color, int size_q, int x, int y, int w, int max_lines) {
        return text(styled_plain(t, face, color), size_q, x, y, w, max_lines);
    }
    int label(const std::string& t, Rgb color, int x, int y, int w) {
        return plain(t, FaceId::Bold, color, size(78), x, y, w, 1);
    }
    void fill(int x, int y, int w, int h, Rgb c) {
        if (surface_) surface_->fill_rect(x, y, w, std::min(h, bottom_ - y), c);
    }
    void stroke(int x, int y, int w, int h, Rgb c) {
        if (surface_ && y + h <= bottom_) surface_->stroke_rect(x, y, w, h, std::max(1, s_), c);
    }

    // A bulleted (or numbered) list; returns its height.
    int list(const std::vector<Rich>& items, int size_q, int x, int y, int w, bool numbered) {
        int h = 0;
        const int cap = step_.list_items;
        const int indent = size_q * (numbered ? 13 : 9) / 40;
        for (int i = 0; i < static_cast<int>(items.size()) && i < cap; ++i) {
            const std::string mark = numbered ? std::to_string(i + 1) + "." : "\u2022";
            plain(mark, numbered ? FaceId::Bold : FaceId::Regular, kTeal, size_q, x, y + h, indent, 1);
            h += text(styled_rich(items[i], kInk, kFillInk), size_q, x + indent, y + h, w - indent, step_.item_lines);
            h += px(3);
        }
        if (static_cast<int>(items.size()) > cap) dropped_ += static_cast<int>(items.size()) - cap;
        return h;
    }

    int header(int x, int y, int w) {
        int h = text(styled_rich(h_.name, kInk, kFillInk), size(240), x, y, w, 1);
        if (!h_.contact.empty()) h += plain(h_.contact, FaceId::Regular, kMuted, size(85), x, y + h, w, 2);
        h += px(4);
        h += plain(h_.plan_title, FaceId::Bold, kTeal, size(110), x, y + h, w, 2);
        h += px(4);
        fill(x, y + h, w, px(2), kTeal);
        return h + px(2);
    }

    int pitch(int x, int y, int w) {
        int h = label("IN BRIEF", kTeal, x, y, w);
        return h + text(styled_rich(h_.pitch, kInk, kFillInk), size(100), x, y + h, w, step_.pitch_lines);
    }

    int column(const HandoutColumn& col, int x, int y, int w) {
        const int pad = px(8);
        const int inner = w - 2 * pad;
        // Band: the phase and its theme.
        const int days_h =
            lay_out_text(fonts_, styled_plain(col.labels->days, FaceId::Bold, kTeal), size(78), inner, 1).height();
        const int theme_h =
            lay_out_text(fonts_, styled_plain(col.labels->theme, FaceId::Bold, kInk), size(145), inner, 1).height();
        const int band_h = pad + days_h + theme_h + pad / 2;
        fill(x, y, w, band_h, kTealBg);
        fill(x, y + band_h, w, px(2), kTeal);
        label(to_upper(col.labels->days), kTeal, x + pad, y + pad / 2 + px(2), inner);
        plain(col.labels->theme, FaceId::Bold, kInk, size(145), x + pad, y + pad / 2 + px(2) + days_h, inner, 1);
        int h = band_h + px(2) + px(6);

        const int body_q = size(92);
        h += label(to_upper(col.labels->focus), kMuted, x + pad, y + h, inner);
        h += list(col.focus, body_q, x + pad, y + h, inner, false);
        if (!col.second.empty()) {
            h += px(2);
            h += label(to_upper(col.labels->second), kMuted, x + pad, y + h, inner);
            h += list(col.second, body_q, x + pad, y + h, inner, false);
        }
        // Milestone box: measure first so its background goes under the text.
        h += px(4);
        const int box_pad = px(6);
        int box_h = box_pad +
                    lay_out_text(fonts_, styled_plain("MILESTONE", FaceId::Bold, kTeal), size(78), inner, 1).height();
        for (const auto& m : col.milestone)
            box_h +=
                lay_out_text(fonts_, styled_rich(m, kInk, kFillInk), body_q, inner - px(8), step_.item_lines).height();
        box_h += box_pad;
        fill(x + pad, y + h, inner, box_h, kSoft);
        fill(x + pad, y + h, px(3), box_h, kTeal);
        int by = y + h + box_pad;
        by += label("MILESTONE", kTeal, x + pad + px(8), by, inner - px(8));
        for (const auto& m : col.milestone)
            by += text(styled_rich(m, kInk, kFillInk), body_q, x + pad + px(8), by, inner - px(12), step_.item_lines);
        return h + box_h + pad;
    }

    int stories(int x, int y, int w) {
        int h = label("ASK ME ABOUT", kTeal, x, y, w);
        const int size_q = size(92);
        const int indent = size_q * 13 / 40;
        const int cap = step_.stories;
        for (int i = 0; i < static_cast<int>(h_.stories.size()) && i < cap; ++i) {
            const HandoutStory& s = h_.stories[i];
            plain(std::to_string(i + 1) + ".", FaceId::Bold, kTeal, size_q, x, y + h, indent, 1);
            h += plain(s.title, FaceId::Bold, kInk, size_q, x + indent, y + h, w - indent, step_.item_lines);
            if (!s.question.empty())
                h += plain(s.question, FaceId::Regular, kMuted, size_q, x + indent, y + h, w - indent,
                           step_.item_lines);
            h += px(3);
        }
        if (static_cast<int>(h_.stories.size()) > cap) dropped_ += static_cast<int>(h_.stories.size()) - cap;
        return h;
    }

    // The whole page; records each region in `page` and returns the bottom
    // of the content.
    int page(HandoutPage& page, int width) {
        const int m = page.margin;
        const int content_w = width - 2 * m;
        int y = m;
        y += header(m, y, content_w);
        page.header = {m, m, content_w, y - m};
        y += px(12);
        if (!h_.pitch.empty()) {
            const int top = y;
            y += pitch(m, y, content_w);
            page.pitch = {m, top, content_w, y - top};
            y += px(12);
        }
        const int gutter = px(14);
        const int col_w = (content_w - 2 * gutter) / 3;
        int col_h = 0;
        for (int i = 0; i < 3; ++i) col_h = std::max(col_h, column(h_.columns[i], m + i * (col_w + gutter), y, col_w));
        for (int i = 0; i < 3; ++i) {
            page.columns[i] = {m + i * (col_w + gutter), y, col_w, col_h};
            stroke(m + i * (col_w + gutter), y, col_w, col_h, kLine);
        }
        y += col_h + px(12);
        if (!h_.selling_points.empty() || !h_.stories.empty()) {
            fill(m, y, content_w, std::max(1, s_), kLine);
            y += px(10);
            const int half = (content_w - px(18)) / 2;
            int left = 0;
            if (!h_.selling_points.empty()) {
                left = label("WHAT I BRING", kTeal, m, y, half);
                left += list(h_.selling_points, size(92), m, y + left, half, false);
            }
            const int right = h_.stories.empty() ? 0 : stories(m + half + px(18), y, half);
            page.selling_points = {m, y, half, left};
            page.stories = {m + half + px(18), y, half, right};
            y += std::max(left, right);
        }
        clipped_ = y > bottom_;
        return y;
    }

    bool clipped() const { return clipped_; }

private:
    static std::string to_upper(std::string s) {
        for (char& c : s)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return s;
    }

    FontPair& fonts_;
    const HandoutContent& h_;
    FitStep step_;
    int s_;
    Surface* surface_;
    int bottom_;
    int dropped_ = 0;  // texts and list items left out
    bool clipped_ = false;
};

}  // namespace

HandoutFit paint_handout_page(const HandoutContent& content, FontPair& fonts, int scale, bool a4, Surface* surface,
                              HandoutPage* regions) {
    scale = std::clamp(scale, 1, 4);
    HandoutFit fit;
    fit.width = (a4 ? 794 : 816) * scale;
    fit.height = (a4 ? 1123 : 1056) * scale;
    fit.margin = 48 * scale;
    const int bottom = fit.height - fit.margin;

    // Find the first rung of the ladder whose layout fits with nothing left
    // out, else the fitting rung that leaves out the fewest texts; the last
    // one is used regardless, and drawing stops at the bottom margin.
    int chosen = kStepCount - 1, fewest = -1;
    for (int i = 0; i < kStepCount; ++i) {
        Painter measure(fonts, content, kSteps[i], scale, nullptr, bottom);
        HandoutPage scratch;
        scratch.margin = fit.margin;
        if (measure.page(scratch, fit.width) > bottom) continue;
        if (fewest < 0 || measure.dropped() < fewest) {
            fewest = measure.dropped();
            chosen = i;
        }
        if (fewest == 0) break;
    }
    Painter painter(fonts, content, kSteps[chosen], scale, surface, bottom);
    HandoutPage scratch;
    HandoutPage& page = regions ? *regions : scratch;
    page.margin = fit.margin;
    painter.page(page, fit.width);
    fit.step = chosen;
    fit.truncated = painter.truncated() || painter.clipped();
    return fit;
}

HandoutPage draw_handout_page(const HandoutContent& content, FontPair& fonts, int scale, bool a4) {
    scale = std::clamp(scale, 1, 4);
    const int width = (a4 ? 794 : 816) * scale;
    const int height = (a4 ? 1123 : 1056) * scale;
    const int margin = 48 * scale;
    HandoutPage page;
    page.canvas = std::make_unique<Canvas>(width, height, kWhite);
    // Glyph ink can overhang its advance (the tail of a "j"): the margins stay blank regardless.
    page.canvas->set_clip({margin, margin, width - 2 * margin, height - 2 * margin});
    CanvasSurface surface(*page.canvas);
    const HandoutFit fit = paint_handout_page(content, fonts, scale, a4, &surface, &page);
    page.fit_step = fit.step;
    page.truncated = fit.truncated;
    return page;
}

}  // namespace ip
