// render_handout_pdf: the one-page handout painted by the same layout as the
// PNG (handout_page), onto a vector PDF page instead of pixels.
#include <climits>

#include "core/text.h"
#include "render/handout_content.h"
#include "render/handout_page.h"
#include "render/pdf_export.h"
#include "render/render.h"

namespace ip {

std::string render_handout_pdf(const Playbook& doc, const std::string& font_ttf, const std::string& font_bold_ttf,
                               const PdfOptions& opt, std::string& error) {
    FontPair faces;
    if (!load_font_pair(faces, font_ttf, font_bold_ttf, error)) return {};
    pdf::Document d(faces, opt.a4 ? pdf::PaperSize::A4 : pdf::PaperSize::Letter);
    pdf::Page& page = d.new_page();
    const HandoutContent content = handout_content(doc);
    const int margin = paint_handout_page(content, faces, 1, opt.a4, nullptr).margin;
    // Glyph ink can overhang its advance: the margins stay blank, as in the PNG.
    page.begin_clip(margin, margin, d.width_px() - 2 * margin, d.height_px() - 2 * margin);
    paint_handout_page(content, faces, 1, opt.a4, &page);
    page.end_clip();
    const std::string note = pdf::missing_glyphs_note(d.fonts());
    if (!note.empty()) {
        // In the bottom margin, small: the handout itself keeps its one page.
        const StyledText t = styled_plain(note, FaceId::Regular, Rgb{82, 96, 109});
        draw_text(page, faces, t, lay_out_text(faces, t, 36, d.width_px() - 2 * margin, 2), margin,
                  d.height_px() - margin + 8, INT_MAX);
    }
    const std::string name = trim(doc.candidate.name.value_or(""));
    return d.finish(pdf::document_info(doc, name.empty() ? "Interview handout" : name));
}

}  // namespace ip
