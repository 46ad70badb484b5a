#include "parse/pdf_items.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "parse/clean_text.h"
#include "parse/input_limits.h"
#include "parse/json_depth.h"
#include "parse/pdf_page_furniture.h"

// The layout rules (rows, cells, columns, paragraphs) are described in
// docs/pdf-items.md; the thresholds below are the ones documented there.

namespace ip {

namespace {

using nlohmann::json;

constexpr double kRowOverlap = 0.5;      // share of the smaller band two bands must overlap
constexpr double kDescent = 0.25;        // x font size: a band reaches this far below the baseline
constexpr double kSpaceGap = 0.15;       // x font size: a gap this wide is a space
constexpr double kCellGap = 1.5;         // x font size: a gap this wide starts a new cell
constexpr double kParagraphGap = 1.6;    // x usual line pitch: a blank line
constexpr int kMinColumnRows = 3;        // rows with text on each side of a gutter
constexpr double kAlignTolerance = 3.0;  // points: "starts at the same x"
constexpr double kIndentAllowance = 24;  // points: hanging indents inside a column
constexpr double kColumnStartShare = 0.6;
constexpr double kDateEndShare = 0.8;
constexpr size_t kDateCellChars = 30;
constexpr size_t kMinOneSidedRows = 2;      // rows with text on one side only, for a column block
constexpr double kBaselineTolerance = 0.5;  // points: two cells "on one baseline"
constexpr int kMaxRegionDepth = 3;          // regions inside regions, for columns at different places
constexpr size_t kMaxColumnRows = 400;      // a real page has far fewer lines; beyond this, no column search
// Gutter candidates are 1 pt apart across a real page; coordinates from a broken
// file (x = 1e35) would make that scan endless, so wider spans get coarser steps.
constexpr double kMaxGutterCandidates = 2000;

struct Item {
    std::string str;
    std::string font;
    double x = 0, y = 0, w = 0, h = 0;
    bool bold = false;
};

struct Page {
    double width = 0;
    std::vector<Item> items;
};

struct Cell {
    double x0 = 0, x1 = 0;
    double y = 0;  // baseline of its first run
    std::string text;
    bool bold = true;
};

struct Row {
    double y = 0;     // baseline of the tallest item
    double top = 0;   // band of the tallest item
    double size = 0;  // its height
    std::vector<const Item*> items;
    std::vector<Cell> cells;
};

// A line of output text with the geometry paragraph breaks are decided on.
struct OutLine {
    double y = 0, size = 0;
    std::string text;
    bool bold = false;
};

bool number(const json& obj, const char* key, double& out) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number()) return false;
    double v = it->get<double>();
    if (!std::isfinite(v)) return false;
    out = v;
    return true;
}

bool bold_font_name(const std::string& font) {
    std::string f = to_lower(font);
    for (const char* w : {"bold", "black", "heavy", "semibold", "demi"})
        if (contains(f, w)) return true;
    return false;
}

size_t codepoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// One item from its JSON; false when it carries no placeable text.
bool read_item(const json& j, Item& it) {
    if (!j.is_object()) return false;
    auto s = j.find("str");
    if (s == j.end() || !s->is_string()) return false;
    // A PDF draws every glyph it holds: a soft hyphen (U+00AD) here is a
    // visible hyphen, as in Awesome-CV's date ranges, never an invisible one.
    it.str = replace_all(repair_utf8(s->get<std::string>()), "\xC2\xAD", "-");
    if (trim(it.str).empty()) return false;

    double t[6] = {1, 0, 0, 1, 0, 0};
    bool has_transform = false;
    auto tr = j.find("transform");
    if (tr != j.end() && tr->is_array() && tr->size() == 6) {
        has_transform = true;
        for (size_t k = 0; k < 6; ++k) {
            const json& v = (*tr)[k];
            if (!v.is_number() || !std::isfinite(v.get<double>())) return false;
            t[k] = v.get<double>();
        }
        if (std::fabs(t[1]) > std::fabs(t[0]) + 1e-6) return false;  // rotated text
    }
    bool has_x = number(j, "x", it.x), has_y = number(j, "y", it.y);
    if (!has_x) it.x = t[4];
    if (!has_y) it.y = t[5];
    if ((!has_x || !has_y) && !has_transform) return false;

    if (!number(j, "h", it.h) && !number(j, "height", it.h)) it.h = 0;
    if (it.h <= 0) it.h = has_transform ? std::hypot(t[2], t[3]) : 0;
    if (!(it.h > 0)) it.h = 10;
    it.h = std::clamp(it.h, 1.0, 200.0);
    if (!number(j, "w", it.w) && !number(j, "width", it.w)) it.w = 0;
    if (!(it.w > 0)) it.w = 0.5 * it.h * double(codepoints(it.str));

    auto f = j.find("font");
    if (f != j.end() && f->is_string()) it.font = f->get<std::string>();
    auto b = j.find("bold");
    it.bold = b != j.end() && b->is_boolean() ? b->get<bool>() : bold_font_name(it.font);
    return true;
}

bool read_pages(const json& doc, std::vector<Page>& pages, std::string& error) {
    const json* page_list = nullptr;
    if (doc.is_object() && doc.contains("pages") && doc["pages"].is_array()) {
        page_list = &doc["pages"];
    } else if (doc.is_array() && !doc.empty() && doc[0].is_object() && doc[0].contains("items")) {
        page_list = &doc;
    } else if (doc.is_array()) {
        // Bare items, optionally numbered by "page" (1-based).
        for (const json& j : doc) {
            Item it;
            if (!read_item(j, it)) continue;
            size_t page = 1;
            if (j.is_object() && j.contains("page") && j["page"].is_number_unsigned())
                page = std::clamp<size_t>(j["page"].get<size_t>(), 1, 10000);
            if (pages.size() < page) pages.resize(page);
            pages[page - 1].items.push_back(std::move(it));
        }
        return true;
    } else {
        error = "the JSON is not in the PDF-items shape ({\"pages\":[{\"items\":[...]}]}, see docs/pdf-items.md)";
        return false;
    }
    for (const json& p : *page_list) {
        Page page;
        if (p.is_object()) {
            number(p, "width", page.width);
            auto items = p.find("items");
            if (items != p.end() && items->is_array())
                for (const json& j : *items) {
                    Item it;
                    if (read_item(j, it)) page.items.push_back(std::move(it));
                }
        }
        pages.push_back(std::move(page));
    }
    return true;
}

double band_overlap(double bot1, double top1, double bot2, double top2) {
    return std::min(top1, top2) - std::max(bot1, bot2);
}

// Rows by baseline band, top of the page first.
std::vector<Row> build_rows(const std::vector<Item>& items) {
    std::vector<const Item*> sorted;
    for (const Item& it : items) sorted.push_back(&it);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Item* a, const Item* b) { return a->y != b->y ? a->y > b->y : a->x < b->x; });
    std::vector<Row> rows;
    for (const Item* it : sorted) {
        Row* best = nullptr;
        double best_share = kRowOverlap;
        // Sorted by baseline, only the last few rows can overlap this item.
        for (size_t k = rows.size(), seen = 0; k-- > 0 && seen < 8; ++seen) {
            Row& r = rows[k];
            double share = band_overlap(it->y - kDescent * it->h, it->y + it->h, r.y - kDescent * r.size, r.top) /
                           ((1 + kDescent) * std::min(it->h, r.size));
            if (share >= best_share) {
                best_share = share;
                best = &r;
            }
        }
        if (!best) {
            rows.emplace_back();
            best = &rows.back();
            best->size = 0;
        }
        best->items.push_back(it);
        if (it->h > best->size) {
            best->size = it->h;
            best->y = it->y;
            best->top = it->y + it->h;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.y > b.y; });
    return rows;
}

bool ends_in_space(const std::string& s) { return !s.empty() && (s.back() == ' ' || s.back() == '\t'); }

// Items of one row, left to right, joined into cells.
// An icon set before a heading ("¥Skills": an icon font's glyph read as a
// character): one glyph, not ASCII or a bullet, in another font than the
// bold run after it.
bool heading_icon(const std::vector<const Item*>& items, size_t k) {
    if (k + 1 >= items.size() || codepoints(trim(items[k]->str)) != 1) return false;
    const Item& icon = *items[k];
    const std::string glyph = trim(icon.str);
    size_t at = 0;
    const uint32_t cp = next_codepoint(glyph, at);
    if (cp < 0x80 || is_bullet_glyph(cp) || icon.font.empty() || icon.font == items[k + 1]->font) return false;
    return items[k + 1]->bold;
}

// `split_at`: a run starting there starts a new cell however close it is to
// the one before (the start of a column found on the page).
void build_cells(Row& row, double split_at = 1e300) {
    std::stable_sort(row.items.begin(), row.items.end(), [](const Item* a, const Item* b) { return a->x < b->x; });
    row.cells.clear();
    const Item* prev = nullptr;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const Item* it = row.items[k];
        // Fake bold: the same run drawn twice a hair apart.
        if (prev && it->str == prev->str && std::fabs(it->x - prev->x) < 0.2 * it->h) continue;
        double gap = prev ? it->x - row.cells.back().x1 : 0;
        double size = prev ? std::min(prev->h, it->h) : it->h;
        const bool new_cell = !prev || gap > kCellGap * std::max(prev->h, it->h) ||
                              (prev->x < split_at && it->x >= split_at);
        if (new_cell && heading_icon(row.items, k)) continue;
        if (new_cell) {
            row.cells.push_back(Cell{it->x, it->x + it->w, it->y, std::string(), true});
        } else if (gap > kSpaceGap * size && !ends_in_space(row.cells.back().text) && it->str[0] != ' ') {
            row.cells.back().text += ' ';
        }
        Cell& c = row.cells.back();
        c.text += it->str;
        c.x1 = std::max(c.x1, it->x + it->w);
        c.bold = c.bold && it->bold;
        prev = it;
    }
    for (Cell& c : row.cells) c.text = restore_range_dash(trim(c.text));
}

struct Side {
    bool crosses = false;
    const Cell* first_left = nullptr;
    const Cell* first_right = nullptr;
};

// A cell that runs past the gutter into the next column's text (a long
// word overflowing a sidebar) belongs to the side it starts on; one that
// runs across with nothing beyond it is a full-width line.
Side side_of(const Row& row, double x) {
    Side s;
    for (size_t k = 0; k < row.cells.size(); ++k) {
        const Cell& c = row.cells[k];
        const bool overflow = k + 1 < row.cells.size() && row.cells[k + 1].x0 >= x;
        if (c.x0 < x && c.x1 > x && !overflow) s.crosses = true;
        else if (c.x0 < x && !s.first_left) s.first_left = &c;
        else if (c.x0 >= x && !s.first_right) s.first_right = &c;
    }
    return s;
}

// The x most starts cluster at (within the tolerance), and how many do.
std::pair<double, size_t> start_mode(std::vector<double> starts) {
    std::sort(starts.begin(), starts.end());
    double best = 0;
    size_t best_n = 0;
    for (size_t i = 0, lo = 0, hi = 0; i < starts.size(); ++i) {
        while (starts[lo] < starts[i] - kAlignTolerance) ++lo;
        while (hi < starts.size() && starts[hi] <= starts[i] + kAlignTolerance) ++hi;
        if (hi - lo > best_n) {
            best_n = hi - lo;
            best = starts[i];
        }
    }
    return {best, best_n};
}

// Where the column right of `x` starts: the x most of its lines start at.
double right_column_start(const std::vector<Row>& rows, double x) {
    std::vector<double> starts;
    for (const Row& r : rows) {
        const Side s = side_of(r, x);
        if (!s.crosses && s.first_right) starts.push_back(s.first_right->x0);
    }
    return start_mode(starts).first;
}

struct Block {
    size_t first = 0, last = 0;  // row range [first, last)
};

// Two-column blocks for a gutter at `x` (see docs/pdf-items.md, "Columns").
std::vector<Block> column_blocks(const std::vector<Row>& rows, double x) {
    std::vector<Side> sides;
    std::vector<double> left_starts, right_starts;
    for (const Row& r : rows) {
        sides.push_back(side_of(r, x));
        const Side& s = sides.back();
        if (s.crosses) continue;
        if (s.first_left) left_starts.push_back(s.first_left->x0);
        if (s.first_right) right_starts.push_back(s.first_right->x0);
    }
    if (left_starts.size() < size_t(kMinColumnRows) || right_starts.size() < size_t(kMinColumnRows)) return {};
    double left_mode = start_mode(left_starts).first;
    double right_mode = start_mode(right_starts).first;
    auto fits = [](const Cell* c, double mode) { return !c || std::fabs(c->x0 - mode) <= kIndentAllowance; };

    std::vector<Block> blocks;
    size_t i = 0;
    while (i < rows.size()) {
        auto in_block = [&](size_t k) {
            return !sides[k].crosses && fits(sides[k].first_left, left_mode) && fits(sides[k].first_right, right_mode);
        };
        if (!in_block(i)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < rows.size() && in_block(j)) ++j;
        size_t left = 0, right = 0, one_sided = 0, off_baseline = 0, right_only = 0, right_at_mode = 0,
               right_end_aligned = 0, right_chars = 0;
        std::vector<double> right_ends;
        for (size_t k = i; k < j; ++k) {
            const Side& s = sides[k];
            left += s.first_left != nullptr;
            one_sided += (s.first_left == nullptr) != (s.first_right == nullptr);
            off_baseline += s.first_left && s.first_right &&
                            std::fabs(s.first_left->y - s.first_right->y) > kBaselineTolerance;
            if (!s.first_right) continue;
            ++right;
            right_only += s.first_left == nullptr;
            right_at_mode += std::fabs(s.first_right->x0 - right_mode) <= kAlignTolerance;
            right_ends.push_back(rows[k].cells.back().x1);
            right_chars += codepoints(rows[k].cells.back().text);
        }
        if (!right_ends.empty()) right_end_aligned = start_mode(right_ends).second;
        bool enough = left >= size_t(kMinColumnRows) && right >= size_t(kMinColumnRows);
        bool left_aligned = right > 0 && double(right_at_mode) >= kColumnStartShare * double(right);
        // Right-aligned short cells beside every left line are dates, not a column.
        bool dates = right > 0 && right_only == 0 && double(right_end_aligned) >= kDateEndShare * double(right) &&
                     right_chars <= kDateCellChars * right;
        // Label/value tables pair nearly every line on one baseline; columns
        // run on independently (a sidebar's lines rarely share the main
        // column's baselines, even when both sides have text on every row).
        const size_t independent = one_sided + off_baseline;
        bool table = independent < std::max<size_t>(kMinOneSidedRows, (j - i) / 5);
        if (enough && left_aligned && !dates && !table) blocks.push_back({i, j});
        i = j;
    }
    return blocks;
}

size_t block_rows(const std::vector<Block>& blocks) {
    size_t n = 0;
    for (const Block& b : blocks) n += b.last - b.first;
    return n;
}

// The gutter that puts the most rows into two-column blocks; among equally
// good positions the middle one.
std::vector<Block> find_columns(std::vector<Row>& rows, double page_width, double& gutter) {
    double lo = 1e9, hi = -1e9;
    for (const Row& r : rows)
        for (const Cell& c : r.cells) {
            lo = std::min(lo, c.x0);
            hi = std::max(hi, c.x1);
        }
    if (page_width > 0) hi = std::max(hi, page_width * 0.5);
    if (hi - lo < 100 || rows.size() > kMaxColumnRows) return {};
    size_t best_score = 0;
    double best_from = 0, best_to = 0;
    bool in_best_run = false;
    const double step = std::max(1.0, 0.8 * (hi - lo) / kMaxGutterCandidates);
    for (double x = lo + 0.1 * (hi - lo); x <= hi - 0.1 * (hi - lo); x += step) {
        size_t score = block_rows(column_blocks(rows, x));
        if (score > best_score) {
            best_score = score;
            best_from = best_to = x;
            in_best_run = true;
        } else if (score == best_score && score > 0 && in_best_run) {
            best_to = x;
        } else {
            in_best_run = false;
        }
    }
    if (best_score == 0) return {};
    gutter = (best_from + best_to) / 2;
    // A line of the left column that comes within a cell gap of the right
    // column's text (a table cell filled to its edge) is split where the
    // right column starts.
    const double split_at = right_column_start(rows, gutter) - kAlignTolerance;
    if (split_at > gutter) {
        for (Row& r : rows) build_cells(r, split_at);
    }
    return column_blocks(rows, gutter);
}

std::string join_cells(const std::vector<const Cell*>& cells, bool& bold) {
    std::vector<std::string> texts;
    bold = !cells.empty();
    for (const Cell* c : cells) {
        texts.push_back(c->text);
        bold = bold && c->bold;
    }
    return join(texts, "\t");
}

void emit_row(const Row& r, std::vector<const Cell*> cells, std::vector<OutLine>& out) {
    if (cells.empty()) return;
    OutLine l;
    l.y = r.y;
    l.size = r.size;
    l.text = join_cells(cells, l.bold);
    out.push_back(std::move(l));
}

// The usual distance between consecutive baselines on the page.
double line_pitch(const std::vector<Row>& rows) {
    std::vector<double> gaps;
    for (size_t i = 1; i < rows.size(); ++i) {
        double g = rows[i - 1].y - rows[i].y;
        if (g > 0 && g < 3 * rows[i].size) gaps.push_back(g);
    }
    if (gaps.empty()) return 0;
    std::sort(gaps.begin(), gaps.end());
    return gaps[gaps.size() / 2];
}

// Writes one run of lines (a column or the page's full-width rows), with
// blank lines at paragraph gaps and before headings.
void write_lines(const std::vector<OutLine>& lines, double pitch, std::string& text) {
    for (size_t i = 0; i < lines.size(); ++i) {
        const OutLine& l = lines[i];
        if (i > 0) {
            double gap = lines[i - 1].y - l.y;
            bool heading = l.bold && word_count(l.text) <= 6 && !lines[i - 1].bold;
            if ((pitch > 0 && gap > kParagraphGap * pitch) || heading) text += '\n';
        }
        text += l.text;
        text += '\n';
    }
}

// A page's rows, top first, each split into cells.
std::vector<Row> page_rows(const Page& page) {
    std::vector<Row> rows = build_rows(page.items);
    for (Row& r : rows) build_cells(r);
    return rows;
}

// Drops the running headers and footers a multi-page document repeats.
void drop_running_rows(std::vector<std::vector<Row>>& pages) {
    std::vector<std::vector<std::string>> lines;
    for (const auto& rows : pages) {
        lines.emplace_back();
        for (const Row& r : rows) {
            std::vector<std::string> texts;
            for (const Cell& c : r.cells) texts.push_back(c.text);
            lines.back().push_back(join(texts, " "));
        }
    }
    const auto running = running_lines(lines);
    for (size_t p = 0; p < pages.size(); ++p) {
        std::vector<Row> kept;
        for (size_t k = 0; k < pages[p].size(); ++k)
            if (!running[p][k]) kept.push_back(std::move(pages[p][k]));
        pages[p] = std::move(kept);
    }
}

// How many rows at the top of the next page continue the left column of a
// two-column block that ends this page (a sidebar running on): at least
// kMinColumnRows rows in a row, each ending left of this page's gutter.
size_t left_column_carry(const std::vector<Row>& next, double gutter) {
    size_t n = 0;
    while (n < next.size() && !next[n].cells.empty() && next[n].cells.back().x1 <= gutter) ++n;
    return n >= size_t(kMinColumnRows) ? n : 0;
}

// Writes a run of rows as one region: its own gutter and column blocks
// (find_columns), and the rows between blocks as regions of their own, so a
// page can hold columns at different places (a left sidebar under the
// header, a right one further down). `next` (depth 0 only) is the next
// page's rows: rows that continue this page's last left column are written
// with it, and `carried` says how many, for the next page to skip.
void write_region(std::vector<Row>& rows, double width, double pitch, int depth, const std::vector<Row>* next,
                  std::string& text, size_t& carried) {
    double gutter = 0;
    std::vector<Block> blocks = find_columns(rows, width, gutter);
    if (next && !blocks.empty() && blocks.back().last == rows.size()) carried = left_column_carry(*next, gutter);

    std::vector<OutLine> run;
    size_t next_block = 0;
    for (size_t i = 0; i < rows.size();) {
        if (next_block < blocks.size() && blocks[next_block].first == i) {
            write_lines(run, pitch, text);
            run.clear();
            const Block& b = blocks[next_block++];
            std::vector<OutLine> left, right;
            for (size_t k = b.first; k < b.last; ++k) {
                std::vector<const Cell*> l, r;
                for (const Cell& c : rows[k].cells) (c.x0 < gutter ? l : r).push_back(&c);
                emit_row(rows[k], l, left);
                emit_row(rows[k], r, right);
            }
            if (!text.empty()) text += '\n';
            write_lines(left, pitch, text);
            if (next_block == blocks.size() && carried) {
                std::vector<OutLine> more;
                for (size_t k = 0; k < carried; ++k) {
                    std::vector<const Cell*> cells;
                    for (const Cell& c : (*next)[k].cells) cells.push_back(&c);
                    emit_row((*next)[k], cells, more);
                }
                text += '\n';
                write_lines(more, line_pitch(*next), text);
            }
            text += '\n';
            write_lines(right, pitch, text);
            text += '\n';
            i = b.last;
            continue;
        }
        // Rows up to the next block: a region of their own when there is
        // one beside them and they are enough to hold columns.
        const size_t end = next_block < blocks.size() ? blocks[next_block].first : rows.size();
        if (!blocks.empty() && depth < kMaxRegionDepth && end - i > size_t(kMinColumnRows)) {
            std::vector<Row> region(rows.begin() + i, rows.begin() + end);
            double inner = 0;
            if (!find_columns(region, width, inner).empty()) {
                write_lines(run, pitch, text);
                run.clear();
                size_t none = 0;
                write_region(region, width, pitch, depth + 1, nullptr, text, none);
                i = end;
                continue;
            }
        }
        std::vector<const Cell*> cells;
        for (const Cell& c : rows[i].cells) cells.push_back(&c);
        emit_row(rows[i], cells, run);
        ++i;
    }
    write_lines(run, pitch, text);
}

// Writes one page, less the `skip` rows the page before already wrote.
void page_text(const Page& page, std::vector<Row>& rows, const std::vector<Row>* next, size_t skip, std::string& text,
               size_t& carried) {
    carried = 0;
    rows.erase(rows.begin(), rows.begin() + std::min(skip, rows.size()));
    write_region(rows, page.width, line_pitch(rows), 0, next, text, carried);
}

// Occurrences of the "str" key: one per item (an escaped \"str\" inside a
// string value is not a key).
size_t count_item_keys(std::string_view text) {
    size_t n = 0;
    for (size_t at = text.find("\"str\""); at != std::string_view::npos; at = text.find("\"str\"", at + 5))
        n += at == 0 || text[at - 1] != '\\';
    return n;
}

}  // namespace

bool pdf_items_to_text(const std::string& json_text, std::string& text, std::string& error) {
    text.clear();
    if (json_nesting_depth(json_text, limits::kMaxJsonDepth) > limits::kMaxJsonDepth) {
        error = "the PDF-items JSON nests deeper than " + std::to_string(limits::kMaxJsonDepth) + " levels";
        return false;
    }
    // Counted before parsing, so an oversized document costs a scan, not a DOM.
    size_t items = count_item_keys(json_text);
    if (items > limits::kMaxPdfItems) {
        error = "the PDF has " + std::to_string(items) + " text items; the limit is " +
                std::to_string(limits::kMaxPdfItems);
        return false;
    }
    json doc = json::parse(json_text, nullptr, false);
    if (doc.is_discarded()) {
        error = "the PDF text items are not valid JSON";
        return false;
    }
    std::vector<Page> pages;
    if (!read_pages(doc, pages, error)) return false;
    // Rows point into their page's items, so the pages stay put from here on.
    std::vector<std::vector<Row>> rows;
    for (const Page& p : pages) rows.push_back(page_rows(p));
    drop_running_rows(rows);
    size_t skip = 0;  // rows of this page already written with the page before
    for (size_t p = 0; p < pages.size(); ++p) {
        size_t carried = 0;
        if (rows[p].size() > skip) {
            if (!text.empty()) text += '\n';
            page_text(pages[p], rows[p], p + 1 < pages.size() ? &rows[p + 1] : nullptr, skip, text, carried);
        }
        skip = carried;
    }
    // At most one blank line in a row, none at the ends.
    std::string tidy;
    for (const std::string& line : split_lines(text)) {
        if (trim(line).empty() && (tidy.empty() || ends_with(tidy, "\n\n"))) continue;
        tidy += line;
        tidy += '\n';
    }
    while (ends_with(tidy, "\n")) tidy.pop_back();
    text = std::move(tidy);
    return true;
}

}  // namespace ip
