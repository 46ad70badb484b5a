// render_handout_png: the handout drawn by the engine and encoded as PNG in
// memory, identical natively and in WASM.
#include <stb/stb_image_write.h>

#include "render/handout_content.h"
#include "render/handout_page.h"
#include "render/render.h"
#include "render/text_flow.h"

namespace ip {

namespace {

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<uint8_t>*>(context);
    const auto* bytes = static_cast<const uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

std::vector<uint8_t> render_handout_png(const Playbook& doc, const std::string& font_ttf,
                                        const std::string& font_bold_ttf, const PngOptions& opt, std::string& error) {
    FontPair fonts;
    if (!load_font_pair(fonts, font_ttf, font_bold_ttf, error)) return {};
    const HandoutPage page = draw_handout_page(handout_content(doc), fonts, opt.scale, opt.a4);
    const Canvas& c = *page.canvas;
    // No per-row PNG filter: on flat colour and antialiased text it gives the
    // smallest file with our compressor, and skips stb's five-way filter trial.
    stbi_write_force_png_filter = 0;
    std::vector<uint8_t> png;
    png.reserve(static_cast<size_t>(c.width()) * c.height() / 8);
    if (!stbi_write_png_to_func(append_bytes, &png, c.width(), c.height(), 3, c.pixels().data(), c.width() * 3)) {
        error = "could not encode the handout as PNG";
        return {};
    }
    return png;
}

}  // namespace ip
