#include "app/rich_text.h"

#include <algorithm>
#include <cmath>

#include "app/test_hook.h"
#include "app/theme.h"
#include "app/widgets.h"

namespace ip::app {

namespace {

// One word (or glued punctuation) as laid out.
struct Piece {
    size_t span;
    const char* begin;
    const char* end;
    ImFont* font;
    float width;
    bool space_before;  // a line may break before this piece
    bool newline_before;
    ImVec2 at;  // position relative to the paragraph's origin
    int line = 0;
};

enum class Mark { None, Fact, Draft, Blank, Answer };

Mark mark_of(const Span& span, bool answered) {
    switch (span.kind) {
        case SpanKind::Fact: return Mark::Fact;
        case SpanKind::Draft: return Mark::Draft;
        case SpanKind::Fill: return answered ? Mark::Answer : Mark::Blank;
        default: return Mark::None;
    }
}

void dotted_line(ImDrawList* draw, float x0, float x1, float y, ImU32 color, float s) {
    const float dash = 2.5f * s;
    for (float x = x0; x < x1; x += 2 * dash) draw->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, x1), y), color, s);
}

// The answer field under the paragraph, for the blank being answered.
void answer_editor(Ui& ui, const Span& blank) {
    const Palette& p = palette();
    ViewState& v = ui.view;
    Card card(ui, ui.width(), 12, p.fill_soft, with_alpha(p.fill, 90));
    ImGui::PushFont(ui.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.fill);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui.width());
    ImGui::TextWrapped("Your answer: %s", blank.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();

    if (v.edit_needs_focus) {
        ImGui::SetKeyboardFocusHere();
        v.edit_needs_focus = false;
    }
    const float save_w = button_width("Save", ui.s) + ui.px(12);
    const float cancel_w = button_width("Cancel", ui.s);
    const bool one_row = ui.width() > ui.px(420);
    const float field_w = one_row ? ui.width() - save_w - cancel_w - 2 * ImGui::GetStyle().ItemSpacing.x : ui.width();
    ImGui::SetNextItemWidth(field_w);
    const bool entered = ImGui::InputTextWithHint(
        "##answer", "Type it the way you would say it", &v.edit_buffer[0], v.edit_buffer.capacity() + 1,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackResize,
        [](ImGuiInputTextCallbackData* data) {
            auto* s = static_cast<std::string*>(data->UserData);
            s->resize(static_cast<size_t>(data->BufTextLen));
            data->Buf = s->data();
            return 0;
        },
        &v.edit_buffer);
    hook::item("answer-field");
    const bool cancelled = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (one_row) ImGui::SameLine();
    const bool saved = hook::control(primary_button("Save", ui.s, 0, true), "answer-save");
    ImGui::SameLine();
    const bool cancel = hook::control(soft_button("Cancel", ui.s), "answer-cancel");
    if (entered || saved) {
        ui.answers.set(v.editing_scope, v.editing_prompt, v.edit_buffer);
        ui.answers_changed = true;
        v.editing_owner = 0;
    } else if (cancel || cancelled) {
        v.editing_owner = 0;
    }
}

}  // namespace

void rich_text(Ui& ui, const char* id, const Rich& text, const std::string& scope, const RichStyle& style) {
    const Palette& p = palette();
    ImFont* regular = style.font ? style.font : ui.fonts.body;
    ImFont* bold = style.bold ? style.bold : ui.fonts.label;
    const ImU32 ink = style.color ? style.color : p.text;
    const float wrap = std::max(ui.width(), ui.px(40));
    const float line_h = std::round(regular->FontSize * style.line_height);
    const ImGuiID owner = ImGui::GetID(id);

    // Answers stand in for their blanks.
    std::vector<const std::string*> answers(text.size(), nullptr);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i].kind == SpanKind::Fill) answers[i] = ui.answers.find(scope, text[i].text);

    // 1. Pieces: split at spaces; a piece not after a space is glued to the
    // one before (a period after a fact stays on its line).
    std::vector<Piece> pieces;
    bool pending_space = false;
    bool pending_newline = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const Span& span = text[i];
        const std::string& words = answers[i] ? *answers[i] : span.text;
        ImFont* font = span.kind == SpanKind::Strong ? bold : regular;
        const char* c = words.c_str();
        const char* end = c + words.size();
        while (c < end) {
            if (*c == ' ' || *c == '\n' || *c == '\t') {
                if (*c == '\n') pending_newline = true;
                pending_space = true;
                ++c;
                continue;
            }
            const char* start = c;
            while (c < end && *c != ' ' && *c != '\n' && *c != '\t') ++c;
            const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, start, c).x;
            pieces.push_back({i, start, c, font, w, pending_space || pieces.empty(), pending_newline, {}, 0});
            pending_space = pending_newline = false;
        }
        // A blank with an empty prompt still needs something to press.
        if (span.kind == SpanKind::Fill && words.empty()) {
            static const char kBlank[] = "____";
            const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, kBlank).x;
            pieces.push_back({i, kBlank, kBlank + 4, font, w, true, false, {}, 0});
        }
    }

    // 2. Lines.
    const float space_w = regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0, " ").x;
    float x = 0;
    int line = 0;
    for (size_t k = 0; k < pieces.size(); ++k) {
        Piece& piece = pieces[k];
        if (k > 0) {
            const float gap = piece.space_before ? space_w : 0;
            if (piece.newline_before || (piece.space_before && x + gap + piece.width > wrap && x > 0)) {
                ++line;
                x = 0;
            } else {
                x += gap;
            }
        }
        piece.at = ImVec2(x, line * line_h);
        piece.line = line;
        x += piece.width;
    }
    const float height = pieces.empty() ? 0 : (line + 1) * line_h;
    const ImVec2 origin = ImGui::GetCursorScreenPos();

    // 3. Draw, unless scrolled out of sight.
    if (ImGui::IsRectVisible(origin, ImVec2(origin.x + wrap, origin.y + height))) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float pad_y = (line_h - regular->FontSize) / 2;
        // Runs: consecutive pieces of one span on one line share a mark.
        size_t k = 0;
        while (k < pieces.size()) {
            size_t last = k;
            while (last + 1 < pieces.size() && pieces[last + 1].span == pieces[k].span &&
                   pieces[last + 1].line == pieces[k].line)
                ++last;
            const Span& span = text[pieces[k].span];
            const Mark mark = mark_of(span, answers[pieces[k].span] != nullptr);
            const float x0 = origin.x + pieces[k].at.x;
            const float x1 = origin.x + pieces[last].at.x + pieces[last].width;
            const float top = origin.y + pieces[k].at.y + pad_y;
            const float base = top + regular->FontSize;
            ImU32 color = ink;
            if (mark == Mark::Blank) {
                ImGui::PushID(owner);
                ImGui::PushID(static_cast<int>(k));
                const float pad_x = ui.px(4);
                ImGui::SetCursorScreenPos(ImVec2(x0 - pad_x, top - ui.px(2)));
                const bool pressed = hook::control(
                    ImGui::InvisibleButton("blank", ImVec2(x1 - x0 + 2 * pad_x, regular->FontSize + ui.px(4))),
                    "blank:" + span.text);
                const bool hovered = ImGui::IsItemHovered();
                if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                draw->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                    hovered ? with_alpha(p.fill, 60) : p.fill_soft, ui.px(4));
                ImGui::PopID();
                ImGui::PopID();
                color = p.fill;
                if (pressed) {
                    ui.view.editing_owner = owner;
                    ui.view.editing_scope = scope;
                    ui.view.editing_prompt = span.text;
                    ui.view.edit_buffer.clear();
                    ui.view.edit_needs_focus = true;
                }
            } else if (mark == Mark::Answer) {
                color = p.yours;
                ImGui::PushID(owner);
                ImGui::PushID(static_cast<int>(k));
                ImGui::SetCursorScreenPos(ImVec2(x0, top));
                const bool pressed = hook::control(
                    ImGui::InvisibleButton("answer", ImVec2(std::max(x1 - x0, 1.0f), regular->FontSize)),
                    "answer:" + span.text);
                if (ImGui::IsItemHovered()) {
                    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                    draw->AddRectFilled(ImVec2(x0 - ui.px(2), top - ui.px(1)), ImVec2(x1 + ui.px(2), base + ui.px(2)),
                                        p.yours_soft, ui.px(3));
                }
                ImGui::PopID();
                ImGui::PopID();
                draw->AddLine(ImVec2(x0, base + ui.px(2)), ImVec2(x1, base + ui.px(2)), p.yours, ui.px(1.5f));
                if (pressed) {
                    ui.view.editing_owner = owner;
                    ui.view.editing_scope = scope;
                    ui.view.editing_prompt = span.text;
                    ui.view.edit_buffer = *answers[pieces[k].span];
                    ui.view.edit_needs_focus = true;
                }
            } else if (mark == Mark::Fact) {
                draw->AddLine(ImVec2(x0, base + ui.px(2)), ImVec2(x1, base + ui.px(2)), with_alpha(p.fact, 200),
                              ui.px(1.5f));
            } else if (mark == Mark::Draft) {
                dotted_line(draw, x0, x1, base + ui.px(2), p.draft, ui.s);
            }
            for (size_t j = k; j <= last; ++j) {
                const Piece& piece = pieces[j];
                draw->AddText(piece.font, piece.font->FontSize,
                              ImVec2(origin.x + piece.at.x, origin.y + piece.at.y + pad_y), color, piece.begin,
                              piece.end);
            }
            k = last + 1;
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(wrap, height));

    if (ui.view.editing_owner == owner) {
        for (const Span& span : text) {
            if (span.kind == SpanKind::Fill && span.text == ui.view.editing_prompt) {
                ImGui::PushID(owner);
                answer_editor(ui, span);
                ImGui::PopID();
                break;
            }
        }
    }
}

void rich_legend(Ui& ui) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.fonts.small;
    struct Entry {
        Mark mark;
        const char* label;
    };
    const Entry entries[] = {{Mark::Fact, "From your resume"},
                             {Mark::Draft, "Draft: check it"},
                             {Mark::Blank, "Only you can fill in: tap it"},
                             {Mark::Answer, "Your answer"}};
    const float gap = ui.px(18);
    const float left = ImGui::GetCursorScreenPos().x;
    float x = 0;
    for (const auto& e : entries) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, e.label).x;
        if (x > 0 && x + gap + w > ui.width()) {
            x = 0;
        } else if (x > 0) {
            ImGui::SameLine(0, gap);
        }
        if (x == 0) ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float base = at.y + font->FontSize + ui.px(2);
        ImU32 color = p.text;
        switch (e.mark) {
            case Mark::Fact: draw->AddLine(ImVec2(at.x, base), ImVec2(at.x + w, base), p.fact, ui.px(1.5f)); break;
            case Mark::Draft: dotted_line(draw, at.x, at.x + w, base, p.draft, ui.s); break;
            case Mark::Blank:
                draw->AddRectFilled(ImVec2(at.x - ui.px(4), at.y - ui.px(2)), ImVec2(at.x + w + ui.px(4), base),
                                    p.fill_soft, ui.px(4));
                color = p.fill;
                break;
            case Mark::Answer:
                draw->AddLine(ImVec2(at.x, base), ImVec2(at.x + w, base), p.yours, ui.px(1.5f));
                color = p.yours;
                break;
            case Mark::None: break;
        }
        draw->AddText(font, font->FontSize, at, color, e.label);
        ImGui::Dummy(ImVec2(w, font->FontSize + ui.px(4)));
        x += (x > 0 ? gap : 0) + w;
    }
}

}  // namespace ip::app
