// Building blocks the ten playbook sections are drawn with: the section
// header, paragraphs and lists of rich text, numbered steps, the fit gauge and
// the sub-score bars. All widths come from ui.width().
#pragma once
#include <string>
#include <vector>

#include "app/rich_text.h"
#include "app/ui.h"
#include "model/playbook.h"

namespace ip::app {

// The section's number, title and one-line subtitle (the same words as the
// HTML report).
void section_header(Ui& ui, int number);

// Vertical space in CSS pixels.
void gap(Ui& ui, float css);

// A paragraph of rich text followed by paragraph spacing; nothing when blank.
void paragraph(Ui& ui, const char* id, const Rich& text, const std::string& scope = {}, const RichStyle& style = {});
// Bulleted lists.
void rich_bullets(Ui& ui, const char* id, const std::vector<Rich>& items, const std::string& scope = {});
void text_bullets(Ui& ui, const std::vector<std::string>& items, ImFont* font = nullptr, ImU32 color = 0);
// A numbered list; returns the index of a step the user pressed, or -1
// (steps that name "section N" are links).
int numbered_steps(Ui& ui, const char* id, const std::vector<std::string>& steps);
// The section a step points at ("... in section 4 ..." -> 3), or -1.
int section_named_in(const std::string& step);
// The steps that name no section the embedding site hides.
std::vector<std::string> steps_to_shown_sections(const std::vector<std::string>& steps, const HiddenParts& hidden);

// The half-circle fit gauge, `diameter` CSS pixels wide.
void fit_gauge(Ui& ui, int score, const std::string& label, float diameter);
// "Skills  90 / 100" with a bar; `note` (rich) under it when given.
void subscore_bar(Ui& ui, const char* id, const char* name, int value, const Rich* note);

bool rich_blank(const Rich& text);

// Places two or three columns side by side when the width allows and stacks
// them otherwise; call next() before each column.
class Columns {
public:
    Columns(Ui& ui, int count, float min_column_width, float gap_css = 16);
    ~Columns();
    void next();
    float width() const { return column_w_; }
    bool stacked() const { return stacked_; }

private:
    Ui& ui_;
    int index_ = -1;
    bool stacked_;
    float gap_;
    float column_w_;
    ImVec2 origin_;
    float bottom_ = 0;
};

}  // namespace ip::app
