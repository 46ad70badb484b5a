// Small themed widgets the screens share, built on ImGui. Sizes are in CSS
// pixels and scaled by the UI scale passed in.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "app/ui.h"
#include "model/requirement_status.h"

namespace ip::app {

// Single-line text field bound to a std::string, with a greyed hint when empty.
bool text_field(const char* id, std::string& value, const char* hint, float width);

// Multi-line text area filling `size`, its text word-wrapped while it is not
// being edited and a placeholder drawn while it is empty (see
// wrapped_text_box.h; `name` keys its layout statistics). Returns true when
// the text changed.
bool text_area(const char* id, const std::string& name, std::string& value, const char* placeholder, ImVec2 size,
               float scale);

// The text fields drawn this frame (x y w h each, backing pixels), for the
// on-screen keyboard; begin_widgets_frame() starts a new list.
void begin_widgets_frame();
const std::vector<float>& text_field_areas();

// A quiet button (accent text on a tinted background) sized to its label.
bool soft_button(const char* label, float scale);
// The one main action of a screen: white text on the accent colour.
// `compact` keeps it as tall as a text field (next to one).
bool primary_button(const char* label, float scale, float width = 0, bool compact = false);
// A button that looks like a link (muted or accent text, no frame).
bool link_button(const char* label, ImU32 color);
float button_width(const char* label, float scale);

// Copies `text` to the clipboard; shows "Copied" for a moment after. With
// `right_x` > 0 the button ends at that x (screen pixels).
bool copy_button(Ui& ui, const std::string& id, const std::string& text, const char* label = "Copy", float right_x = 0);

// Text in the muted colour, optionally wrapped at the available width.
void muted_text(const char* text, bool wrap = false);
// Wrapped text at `width` in a font and colour.
void wrapped_text(const std::string& text, ImFont* font, ImU32 color, float width);
// A small-caps style label over a block ("WHAT THEY ARE REALLY ASKING").
void block_label(Ui& ui, const char* text);
// A heading inside a section.
void heading(Ui& ui, const std::string& text);

// A rounded pill with text; returns its size. Draws at the cursor and
// advances it like an item (use SameLine to chain).
ImVec2 chip(const std::string& text, ImU32 fg, ImU32 bg, ImFont* font, float scale);
// Pills that wrap onto new lines within `width`.
void chip_row(const std::vector<std::string>& items, ImU32 fg, ImU32 bg, ImFont* font, float scale, float width);

// Covered / partial / gap as a coloured disc with a shape inside (the shape,
// not only the colour, tells them apart).
void status_icon(ImDrawList* draw, ImVec2 center, float radius, RequirementStatus status);
ImU32 status_color(RequirementStatus status);

// A surface with a border around whatever is drawn between construction and
// destruction; its inner width is pushed onto ui.widths.
class Card {
public:
    Card(Ui& ui, float width, float padding = 20, ImU32 background = 0, ImU32 border = 0);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    float inner_left() const { return start_.x + pad_; }
    float inner_right() const { return start_.x + width_ - pad_; }

private:
    Ui& ui_;
    ImDrawList* draw_;
    ImDrawListSplitter splitter_;
    ImVec2 start_;
    float width_;
    float pad_;
    ImU32 background_;
    ImU32 border_;
};

}  // namespace ip::app
