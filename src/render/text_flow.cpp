#include "render/text_flow.h"

#include <algorithm>

#include "core/text.h"

namespace ip {

namespace {

constexpr uint32_t kEllipsis = 0x2026;

bool is_cjk(uint32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Invisible formatting characters: bidi marks, embeddings, overrides and
// isolates (a hostile resume may hide text order tricks in them). Lines
// are laid out left to right, so they are dropped rather than boxed.
bool is_bidi_control(uint32_t cp) {
    return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool breaks_after(uint32_t cp) { return cp == '-' || cp == '/' || cp == 0x2013 || cp == 0x2014; }

struct Item {
    uint32_t cp;
    uint16_t run;
    int glyph;
    int64_t advance64;
};

int64_t missing_glyph_advance(int size_q) { return static_cast<int64_t>(size_q) * 16 * 6 / 10; }

// Flattens the runs into positioned-to-be items, folding whitespace and
// dropping control characters; kerning is folded into each advance.
std::vector<Item> itemize(FontPair& fonts, const StyledText& text, int size_q) {
    std::vector<Item> items;
    for (size_t r = 0; r < text.size(); ++r) {
        const TextRun& run = text[r];
        const std::string s = run.style.fill_box ? "[" + run.text + "]" : run.text;
        FontFace& face = fonts.get(run.style.face);
        for (size_t i = 0; i < s.size();) {
            uint32_t cp = next_codepoint(s, i);
            if (cp == '\t' || cp == '\n' || cp == '\r') cp = ' ';
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFEFF || cp == 0x200B || is_bidi_control(cp))
                continue;
            if (cp == ' ' && (items.empty() || items.back().cp == ' ')) continue;
            const int g = face.glyph(cp);
            items.push_back(
                {cp, static_cast<uint16_t>(r), g, g ? face.advance64(g, size_q) : missing_glyph_advance(size_q)});
        }
    }
    for (size_t i = 0; i + 1 < items.size(); ++i) {
        Item& a = items[i];
        const Item& b = items[i + 1];
        if (a.glyph && b.glyph && text[a.run].style.face == text[b.run].style.face)
            a.advance64 += fonts.get(text[a.run].style.face).kern64(a.glyph, b.glyph, size_q);
    }
    return items;
}

struct Segment {
    size_t begin, end;  // items, trailing spaces included
    int64_t width64;    // without trailing spaces
    int64_t space64;
};

std::vector<Segment> segments(const std::vector<Item>& items) {
    std::vector<Segment> out;
    Segment cur{0, 0, 0, 0};
    for (size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (it.cp != ' ' && (cur.space64 > 0 || (is_cjk(it.cp) && cur.end > cur.begin))) {
            out.push_back(cur);
            cur = {i, i, 0, 0};
        }
        if (it.cp == ' ') cur.space64 += it.advance64;
        else cur.width64 += it.advance64;
        cur.end = i + 1;
        if (it.cp != ' ' && (breaks_after(it.cp) || is_cjk(it.cp)) && i + 1 < items.size() && items[i + 1].cp != ' ') {
            out.push_back(cur);
            cur = {i + 1, i + 1, 0, 0};
        }
    }
    if (cur.end > cur.begin) out.push_back(cur);
    return out;
}

std::vector<LaidGlyph> place(const std::vector<Item>& items, size_t begin, size_t end) {
    while (end > begin && items[end - 1].cp == ' ') --end;
    while (begin < end && items[begin].cp == ' ') ++begin;
    std::vector<LaidGlyph> line;
    int64_t x = 0;
    for (size_t i = begin; i < end; ++i) {
        line.push_back({x, items[i].advance64, items[i].cp, items[i].glyph, items[i].run});
        x += items[i].advance64;
    }
    return line;
}

int64_t line_width(const std::vector<LaidGlyph>& line) {
    return line.empty() ? 0 : line.back().x64 + line.back().advance64;
}

void add_ellipsis(FontPair& fonts, const StyledText& text, int size_q, int64_t max64, std::vector<LaidGlyph>& line) {
    const uint16_t run = line.empty() ? 0 : line.back().run;
    FontFace& face = fonts.get(text[run].style.face);
    const int g = face.glyph(kEllipsis);
    const int64_t adv = g ? face.advance64(g, size_q) : missing_glyph_advance(size_q);
    while (!line.empty() &&
           (line_width(line) + adv > max64 || line.back().codepoint == ' ' || line.back().codepoint == ',' ||
            line.back().codepoint == ';' || line.back().codepoint == ':'))
        line.pop_back();
    line.push_back({line_width(line), adv, kEllipsis, g, run});
}

}  // namespace

bool load_font_pair(FontPair& fonts, const std::string& regular, const std::string& bold, std::string& error) {
    std::string font_error;
    if (!fonts.regular.load(regular, font_error)) {
        error = "regular font: " + font_error;
        return false;
    }
    if (!fonts.bold.load(bold, font_error)) {
        error = "bold font: " + font_error;
        return false;
    }
    return true;
}

StyledText styled_rich(const Rich& text, Rgb color, Rgb fill_color, bool mark_drafts) {
    StyledText out;
    for (const auto& span : text) {
        if (span.text.empty()) continue;
        RunStyle style{span.kind == SpanKind::Strong ? FaceId::Bold : FaceId::Regular, color, false,
                       mark_drafts && span.kind == SpanKind::Draft};
        if (span.kind == SpanKind::Fill) style = {FaceId::Regular, fill_color, true, false};
        out.push_back({span.text, style});
    }
    return out;
}

StyledText styled_plain(const std::string& text, FaceId face, Rgb color) {
    return {{text, {face, color, false, false}}};
}

LaidText lay_out_text(FontPair& fonts, const StyledText& text, int size_q, int width_px, int max_lines) {
    LaidText laid;
    laid.size_q = size_q;
    // 1.3 line spacing; the baseline sits where the regular face's ascent puts it, centred in the leading.
    laid.line_px = (size_q * 130 + 200) / 400;
    const int64_t asc = fonts.regular.ascent64(size_q), desc = fonts.regular.descent64(size_q);
    laid.baseline_px = static_cast<int>(((static_cast<int64_t>(laid.line_px) * 64 - (asc - desc)) / 2 + asc) >> 6);
    if (text.empty() || max_lines <= 0 || width_px <= 0) return laid;

    const std::vector<Item> items = itemize(fonts, text, size_q);
    const int64_t max64 = static_cast<int64_t>(width_px) * 64;
    size_t line_begin = 0, line_end = 0;
    int64_t width = 0, pending_space = 0;
    bool open = false;
    auto close_line = [&]() {
        laid.lines.push_back(place(items, line_begin, line_end));
        open = false;
        width = 0;
        pending_space = 0;
    };
    for (const Segment& seg : segments(items)) {
        if (open && width + pending_space + seg.width64 > max64) close_line();
        if (!open && seg.width64 > max64) {
            // A word longer than the line: break it between characters.
            size_t start = seg.begin;
            int64_t w = 0;
            for (size_t i = seg.begin; i < seg.end; ++i) {
                if (items[i].cp != ' ' && w + items[i].advance64 > max64 && i > start) {
                    laid.lines.push_back(place(items, start, i));
                    start = i;
                    w = 0;
                }
                if (items[i].cp != ' ') w += items[i].advance64;
            }
            line_begin = start;
            line_end = seg.end;
            width = w;
            pending_space = seg.space64;
            open = true;
            continue;
        }
        if (!open) {
            line_begin = seg.begin;
            width = 0;
            pending_space = 0;
            open = true;
        }
        width += pending_space + seg.width64;
        line_end = seg.end;
        pending_space = seg.space64;
    }
    if (open) close_line();
    laid.lines.erase(std::remove_if(laid.lines.begin(), laid.lines.end(), [](const auto& l) { return l.empty(); }),
                     laid.lines.end());
    if (static_cast<int>(laid.lines.size()) > max_lines) {
        laid.lines.resize(static_cast<size_t>(max_lines));
        add_ellipsis(fonts, text, size_q, max64, laid.lines.back());
        laid.truncated = true;
    }
    return laid;
}

void CanvasSurface::glyph_line(FontPair& fonts, const StyledText& text, const std::vector<LaidGlyph>& line, int size_q,
                               int x, int baseline) {
    const int size_px = size_q / 4;
    for (const LaidGlyph& g : line) {
        if (g.codepoint == ' ') continue;
        const TextRun& run = text[g.run];
        const int pen_x = x + static_cast<int>(g.x64 >> 6);
        if (g.glyph == 0) {
            // Not in the font (CJK, emoji): an outlined box keeps the gap visible.
            const int inset = std::max(1, size_px / 10);
            const int stroke = std::max(1, size_px / 14);
            const int box_h = size_px * 7 / 10;
            canvas_.stroke_rect(pen_x + inset, baseline - box_h, static_cast<int>(g.advance64 >> 6) - 2 * inset, box_h,
                                stroke, run.style.color);
            continue;
        }
        const GlyphBitmap& bm = fonts.get(run.style.face).bitmap(g.glyph, size_q, static_cast<int>((g.x64 & 63) >> 4));
        if (bm.width > 0)
            canvas_.blend_mask(pen_x + bm.x_offset, baseline + bm.y_offset, bm.width, bm.height, bm.alpha.data(),
                               run.style.color);
    }
}

void draw_text(Surface& surface, FontPair& fonts, const StyledText& text, const LaidText& laid, int x, int y,
               int y_limit) {
    const int size_px = laid.size_q / 4;
    for (size_t li = 0; li < laid.lines.size(); ++li) {
        const int top = y + static_cast<int>(li) * laid.line_px;
        if (top + laid.line_px > y_limit) return;
        const int baseline = top + laid.baseline_px;
        const auto& line = laid.lines[li];
        // Fill-in boxes and draft tints go under their text.
        for (size_t i = 0; i < line.size();) {
            const RunStyle& style = text[line[i].run].style;
            if (!style.fill_box && !style.draft) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < line.size() && text[line[j].run].style.fill_box == style.fill_box &&
                   text[line[j].run].style.draft == style.draft)
                ++j;
            // Within the brackets' advance, so a box never pokes past the text column.
            const int x0 = x + static_cast<int>(line[i].x64 >> 6);
            const int x1 = x + static_cast<int>((line[j - 1].x64 + line[j - 1].advance64) >> 6);
            const int border = std::max(1, size_px / 12);
            if (style.fill_box) {
                surface.fill_rect(x0, top + 1, x1 - x0, laid.line_px - 2, Rgb{253, 241, 216});
                surface.stroke_rect(x0, top + 1, x1 - x0, laid.line_px - 2, border, style.color);
            } else {
                // Draft: a light amber tint and a dotted underline (a shape, not only a colour).
                surface.fill_rect(x0, top + 1, x1 - x0, laid.line_px - 2, Rgb{255, 248, 230});
                const int dot = std::max(1, size_px / 10);
                for (int dx = x0; dx + dot <= x1; dx += 3 * dot)
                    surface.fill_rect(dx, baseline + 2 * dot, dot, dot, Rgb{180, 110, 20});
            }
            i = j;
        }
        surface.glyph_line(fonts, text, line, laid.size_q, x, baseline);
    }
}

}  // namespace ip
