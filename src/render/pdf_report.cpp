// render_report_pdf: the full playbook as a PDF. The words and their order
// come from the Markdown writer's calls (markdown::write_playbook); this file
// typesets them onto pages, adds the fit gauge and bars as vector drawing,
// contents links, bookmarks for the ten sections and page numbers.
#include <algorithm>
#include <array>
#include <climits>

#include "core/text.h"
#include "render/markdown_parts.h"
#include "render/markdown_text.h"
#include "render/pdf_export.h"
#include "render/pdf_flow.h"
#include "render/render.h"
#include "render/wording.h"

namespace ip {

namespace {

constexpr Rgb kInk{29, 39, 51};
constexpr Rgb kMuted{82, 96, 109};
constexpr Rgb kTeal{15, 118, 110};
constexpr Rgb kTrack{213, 221, 230};
constexpr Rgb kLine{207, 216, 227};
constexpr Rgb kQuoteBar{153, 204, 196};

constexpr int kBody = 54;  // quarter pixels: 13.5 px, about 10 pt

int text_width(FontPair& faces, const StyledText& t, int size_q) {
    const LaidText laid = lay_out_text(faces, t, size_q, INT_MAX / 128, 1);
    if (laid.lines.empty() || laid.lines[0].empty()) return 0;
    return static_cast<int>((laid.lines[0].back().x64 + laid.lines[0].back().advance64) >> 6);
}

// Draws one line of plain text at (x, y) (its top).
void put(pdf::Flow& flow, const std::string& s, FaceId face, Rgb color, int size_q, int x, int y) {
    const StyledText t = styled_plain(s, face, color);
    draw_text(flow.page(), flow.faces(), t, lay_out_text(flow.faces(), t, size_q, INT_MAX / 128, 1), x, y, INT_MAX);
}

class PdfWriter : public markdown::Writer {
public:
    PdfWriter(const Playbook& doc, pdf::Flow& flow) : doc_(doc), flow_(flow) {}

    void heading(int level, const std::string& text) override {
        const int size = level <= 1 ? 104 : level == 2 ? 84 : level == 3 ? 70 : 58;
        flow_.keep(flow_.line_height(size) + 3 * flow_.line_height(kBody));
        flow_.space(level <= 3 ? 14 : 6);
        flow_.text(styled_plain(text, FaceId::Bold, level <= 2 ? kTeal : kInk), block(size, 0, level <= 1 ? 8 : 4));
    }

    void section(int number) override {
        const SectionInfo& s = report_section(number);
        flow_.new_page();
        const int dest = flow_.doc().add_destination(flow_.page_index(), flow_.y());
        section_dest_[static_cast<size_t>(number - 1)] = dest;
        const std::string title = std::to_string(number) + ". " + s.title;
        flow_.doc().add_bookmark(title, dest);
        flow_.text(styled_plain(title, FaceId::Bold, kTeal), block(96, 0, 4));
        note(s.subtitle);
        flow_.page().fill_rect(flow_.left(), flow_.y(), flow_.width(), 2, kTeal);
        flow_.advance(14);
        if (number == 2) fit_chart();
    }

    void contents() override {
        label("Contents");
        for (const SectionInfo& s : report_sections()) {
            StyledText t = styled_plain(s.title, FaceId::Bold, kTeal);
            t.push_back({std::string(" \u2014 ") + s.blurb, {FaceId::Regular, kInk, false, false}});
            pdf::Flow::Block b = block(kBody, 26, 4);
            b.marker = std::to_string(s.number) + ".";
            const PixelRect area = flow_.text(t, b);
            pending_links_.push_back({flow_.page_index(), area, s.number});
        }
        flow_.advance(6);
    }

    void para(const std::string& md) override { rich(md_to_rich(md)); }

    void note(const std::string& text) override {
        if (trim(text).empty()) return;
        flow_.text(styled_plain(text, FaceId::Regular, kMuted), block(kBody, 0, 8));
    }

    void rich(const Rich& r) override {
        if (trim(rich_to_plain(r)).empty()) return;
        flow_.text(styled(r), block(kBody, 0, 8));
    }

    void label(const std::string& text) override {
        flow_.keep(flow_.line_height(kBody) * 3);
        flow_.text(styled_plain(text, FaceId::Bold, kInk), block(kBody, 0, 3));
    }

    void list(const std::vector<std::string>& md_items, bool numbered) override {
        std::vector<Rich> items;
        for (const auto& md : md_items) items.push_back(md_to_rich(md));
        items_(items, numbered);
    }

    void rich_list(const std::vector<Rich>& items) override { items_(items, false); }

    void quote(const std::string& md) override {
        const Rich r = md_to_rich(md);
        if (trim(rich_to_plain(r)).empty()) return;
        pdf::Flow::Block b = block(kBody, 18, 10);
        b.has_bar = true;
        b.bar = kQuoteBar;
        flow_.text(styled(r), b);
    }

    // Rows as stacked cards (column name, then its text): readable at any
    // width, and a row may continue on the next page.
    void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& md_rows) override {
        for (const auto& row : md_rows) {
            flow_.keep(flow_.line_height(46) + 2 * flow_.line_height(kBody));
            for (size_t c = 0; c < row.size() && c < header.size(); ++c) {
                flow_.text(styled_plain(header[c], FaceId::Bold, kMuted), block(46, 0, 0));
                const Rich cell = md_to_rich(row[c]);
                flow_.text(trim(rich_to_plain(cell)).empty() ? styled_plain("\u2014", FaceId::Regular, kMuted)
                                                             : styled(cell),
                           block(kBody, 0, 4));
            }
            flow_.page().fill_rect(flow_.left(), flow_.y(), flow_.width(), 1, kLine);
            flow_.advance(8);
        }
    }

    // After the last section: contents links resolved, and a word about
    // characters no bundled font draws.
    void finish() {
        for (const auto& link : pending_links_) {
            const int dest = section_dest_[static_cast<size_t>(link.section - 1)];
            if (dest >= 0) flow_.doc().add_link(link.page, link.area, dest);
        }
    }

private:
    struct PendingLink {
        int page;
        PixelRect area;
        int section;
    };

    static pdf::Flow::Block block(int size_q, int indent, int after) {
        pdf::Flow::Block b;
        b.size_q = size_q;
        b.indent = indent;
        b.after = after;
        return b;
    }

    static StyledText styled(const Rich& r) { return styled_rich(r, kInk, Rgb{146, 64, 14}, true); }

    void items_(const std::vector<Rich>& items, bool numbered) {
        int n = 0;
        for (const auto& r : items) {
            if (trim(rich_to_plain(r)).empty()) continue;
            pdf::Flow::Block b = block(kBody, 26, 4);
            b.marker = numbered ? std::to_string(++n) + "." : "\u2022";
            flow_.text(styled(r), b);
        }
        flow_.advance(4);
    }

    // The fit gauge (a half ring filled to the score) and the three sub-score
    // bars, drawn as vectors; the numbers are also written out below them.
    void fit_chart() {
        const Fit& fit = doc_.fit;
        if (fit.label.empty() && fit.requirements.empty() && fit.score <= 0) return;
        const int height = 150;
        flow_.keep(height);
        pdf::Page& page = flow_.page();
        FontPair& faces = flow_.faces();
        const int top = flow_.y();
        const int score = std::clamp(fit.score, 0, 100);
        const int cx = flow_.left() + 100, cy = top + 100, r = 80;
        page.half_arc(cx, cy, r, 0, 1000, 18, kTrack);
        page.half_arc(cx, cy, r, 0, score * 10, 18, kTeal);
        const std::string number = std::to_string(score);
        put(flow_, number, FaceId::Bold, kInk, 160,
            cx - text_width(faces, styled_plain(number, FaceId::Bold, kInk), 160) / 2, cy - 56);
        const std::string of = "out of 100";
        put(flow_, of, FaceId::Regular, kMuted, 48,
            cx - text_width(faces, styled_plain(of, FaceId::Regular, kMuted), 48) / 2, cy + 6);

        const int bx = flow_.left() + 230, bw = flow_.width() - 230;
        const std::pair<const char*, int> bars[] = {{"Skills", fit.subscores.skills},
                                                    {"Experience", fit.subscores.experience},
                                                    {"Culture and values", fit.subscores.culture}};
        int y = top + 8;
        for (const auto& [name, value] : bars) {
            const int v = std::clamp(value, 0, 100);
            put(flow_, name, FaceId::Bold, kInk, kBody, bx, y);
            const std::string shown = std::to_string(v) + " / 100";
            put(flow_, shown, FaceId::Regular, kMuted, kBody,
                bx + bw - text_width(faces, styled_plain(shown, FaceId::Regular, kMuted), kBody), y);
            y += flow_.line_height(kBody) + 4;
            page.fill_rect(bx, y, bw, 10, kTrack);
            page.fill_rect(bx, y, bw * v / 100, 10, kTeal);
            y += 24;
        }
        flow_.advance(height);
    }

    const Playbook& doc_;
    pdf::Flow& flow_;
    std::array<int, 10> section_dest_{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    std::vector<PendingLink> pending_links_;
};

// "Page 3 of 14" and the candidate's name under every page.
void number_pages(pdf::Document& d, FontPair& faces, const std::string& name) {
    const int n = d.page_count();
    for (int i = 0; i < n; ++i) {
        pdf::Page& page = d.page(i);
        const int y = d.height_px() - 52;
        const std::string left = name.empty() ? "Interview playbook" : "Interview playbook \u00B7 " + name;
        const StyledText l = styled_plain(left, FaceId::Regular, kMuted);
        draw_text(page, faces, l, lay_out_text(faces, l, 40, d.width_px() / 2, 1), 64, y, INT_MAX);
        const StyledText r = styled_plain("Page " + std::to_string(i + 1) + " of " + std::to_string(n), FaceId::Regular,
                                          kMuted);
        draw_text(page, faces, r, lay_out_text(faces, r, 40, INT_MAX / 128, 1),
                  d.width_px() - 64 - text_width(faces, r, 40), y, INT_MAX);
    }
}

}  // namespace

std::string render_report_pdf(const Playbook& doc, const std::string& font_regular, const std::string& font_bold,
                              const PdfOptions& opt, std::string& error) {
    FontPair faces;
    if (!load_font_pair(faces, font_regular, font_bold, error)) return {};
    pdf::Document d(faces, opt.a4 ? pdf::PaperSize::A4 : pdf::PaperSize::Letter);
    pdf::Flow flow(d, faces);
    PdfWriter writer(doc, flow);
    markdown::write_playbook(doc, writer);
    writer.finish();
    const std::string note = pdf::missing_glyphs_note(d.fonts());
    if (!note.empty()) writer.note(note);
    const std::string name = trim(doc.candidate.name.value_or(""));
    number_pages(d, faces, name);
    return d.finish(pdf::document_info(doc, name.empty() ? "Interview playbook" : "Interview playbook: " + name));
}

}  // namespace ip
