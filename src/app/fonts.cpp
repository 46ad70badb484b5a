#include "app/fonts.h"

#include <fstream>
#include <sstream>

namespace ip::app {

namespace {

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !out.empty();
}

// Latin-1, Latin Extended-A (names such as Łukasz or Dvořák), typographic
// punctuation (dashes, curly quotes, bullet, ellipsis), euro, trademark,
// arrows: what resumes and job descriptions paste in; the check mark the
// copy buttons show.
const ImWchar kTextRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC,
    0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2713, 0x2713, 0,
};

const ImWchar kDigitRanges[] = {0x0020, 0x0039, 0};

ImFont* add_font(std::string& data, float size_px, const ImWchar* ranges, float scale) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the library keeps the bytes for the next rebuild
    // Horizontal oversampling sharpens small text on 1x screens; on dense
    // screens it only quadruples the atlas.
    config.OversampleH = scale < 1.75f ? 2 : 1;
    config.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size_px, &config,
                                                      ranges);
}

}  // namespace

bool FontLibrary::load(const char* regular_path, const char* bold_path, std::string& error) {
    if (!read_file(regular_path, regular_) || !read_file(bold_path, bold_)) {
        error = std::string("UI font missing: ") + regular_path + " or " + bold_path;
        regular_.clear();
        bold_.clear();
        return false;
    }
    return true;
}

Fonts FontLibrary::build(float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    Fonts f;
    if (regular_.empty()) {
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        f.body = f.label = f.small = f.brand = f.headline = f.title = f.score = atlas->AddFontDefault(&config);
    } else {
        f.body = add_font(regular_, 16.0f * scale, kTextRanges, scale);
        f.label = add_font(bold_, 16.0f * scale, kTextRanges, scale);
        f.small = add_font(regular_, 13.5f * scale, kTextRanges, scale);
        f.brand = add_font(bold_, 18.0f * scale, kTextRanges, scale);
        f.headline = add_font(bold_, 30.0f * scale, kTextRanges, scale);
        f.title = add_font(bold_, 24.0f * scale, kTextRanges, scale);
        f.score = add_font(bold_, 44.0f * scale, kDigitRanges, scale);
    }
    atlas->Build();
    return f;
}

}  // namespace ip::app
