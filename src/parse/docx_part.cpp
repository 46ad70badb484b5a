#include "parse/docx_part.h"

#include "core/text.h"
#include "parse/bullet_marker.h"
#include "parse/input_limits.h"
#include "parse/markup_tokens.h"

namespace ip {

namespace {

using Kind = MarkupToken::Kind;

bool is_heading_style_name(std::string_view name) {
    std::string n = to_lower(name);
    return starts_with(n, "heading") || n == "title" || n == "subtitle";
}

// Outline levels 0-8 are headings; 9 is body text.
bool is_heading_outline(std::string_view level) { return level.size() == 1 && level[0] >= '0' && level[0] < '9'; }

// When styles.xml is missing or does not know the id, the English ids still tell.
DocxStyle style_from_id(std::string_view id) {
    DocxStyle s;
    s.heading = starts_with(id, "Heading") || id == "Title" || id == "Subtitle";
    s.list = starts_with(id, "ListBullet") || starts_with(id, "ListNumber");
    return s;
}

// A paragraph being read. Text boxes nest paragraphs inside paragraphs.
struct Paragraph {
    std::string text;
    bool list = false;
    bool heading = false;
};

// An open table: the row being read, one line list per cell.
struct OpenTable {
    std::vector<std::vector<std::string>> cells;
};

bool starts_with_bullet_glyph(std::string_view s) {
    static constexpr std::string_view kGlyphs[] = {"\u2022", "\u25E6", "\u25AA", "\u25A0", "\u25CF", "\u25CB",
                                                   "\u2023", "\u2043", "\u00B7", "-",      "*",      "\u2013"};
    for (std::string_view g : kGlyphs)
        if (starts_with(s, g)) return true;
    return false;
}

// Runs of spaces/tabs that contain a tab become one tab; trailing blanks go.
std::string tidy_line(std::string_view s) {
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t') {
            size_t j = i;
            bool tab = false;
            while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) tab |= s[j++] == '\t';
            if (!out.empty() && j < s.size()) out.append(tab ? "\t" : s.substr(i, j - i));
            i = j;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

class PartReader {
public:
    PartReader(const DocxStyles& styles, std::vector<std::string>& out) : styles_(styles), out_(out) {}

    bool read(std::string_view xml, std::string& error) {
        MarkupTokenizer tok(xml);
        MarkupToken t;
        int depth = 0;
        int skip_depth = 0;  // > 0 inside a subtree whose text is a duplicate (mc:Fallback)
        while (tok.next(t)) {
            if (t.kind == Kind::Text) {
                if (skip_depth == 0 && in_text_ > 0 && !paragraphs_.empty()) {
                    if (t.cdata) paragraphs_.back().text.append(t.text);
                    else append_decoded(paragraphs_.back().text, t.text);
                }
                continue;
            }
            std::string_view name = local_name(t.name);
            if (t.kind == Kind::Open && !t.self_closing) {
                if (++depth > limits::kMaxXmlDepth) {
                    error = "the document's XML nests deeper than " + std::to_string(limits::kMaxXmlDepth) + " levels";
                    return false;
                }
                if (skip_depth > 0 || name == "Fallback" || name == "moveFrom") {
                    ++skip_depth;
                    continue;
                }
                open(name, t.attrs, false);
            } else if (t.kind == Kind::Open) {
                if (skip_depth == 0) open(name, t.attrs, true);
            } else {
                if (depth > 0) --depth;
                if (skip_depth > 0) {
                    --skip_depth;
                    continue;
                }
                close(name);
            }
        }
        while (!paragraphs_.empty()) end_paragraph();
        while (!tables_.empty()) end_table();
        return true;
    }

private:
    // Lines go to the innermost open table cell, else to the part's output.
    std::vector<std::string>& sink() {
        for (auto it = tables_.rbegin(); it != tables_.rend(); ++it)
            if (!it->cells.empty()) return it->cells.back();
        return out_;
    }

    void open(std::string_view name, std::string_view attrs, bool self_closing) {
        Paragraph* p = paragraphs_.empty() ? nullptr : &paragraphs_.back();
        if (name == "p") {
            paragraphs_.emplace_back();
            if (self_closing) end_paragraph();
        } else if (name == "r") {
            if (!self_closing) ++in_run_;
        } else if (name == "t") {
            if (!self_closing) ++in_text_;
        } else if (name == "pStyle" && p) {
            std::string id = attribute(attrs, "val");
            auto it = styles_.find(id);
            DocxStyle s = it != styles_.end() ? it->second : style_from_id(id);
            p->heading |= s.heading;
            p->list |= s.list;
        } else if (name == "numId" && p) {
            p->list = attribute(attrs, "val") != "0";
        } else if (name == "outlineLvl" && p) {
            p->heading |= is_heading_outline(attribute(attrs, "val"));
        } else if ((name == "tab" || name == "ptab") && in_run_ > 0 && p) {
            p->text.push_back('\t');
        } else if ((name == "br" || name == "cr") && in_run_ > 0 && p) {
            p->text.push_back('\n');
        } else if (name == "noBreakHyphen" && in_run_ > 0 && p) {
            p->text.push_back('-');
        } else if (name == "tbl") {
            tables_.emplace_back();
        } else if (name == "tr" && !tables_.empty()) {
            tables_.back().cells.clear();
        } else if (name == "tc" && !tables_.empty()) {
            tables_.back().cells.emplace_back();
        }
    }

    void close(std::string_view name) {
        if (name == "p") {
            if (!paragraphs_.empty()) end_paragraph();
        } else if (name == "r") {
            if (in_run_ > 0) --in_run_;
        } else if (name == "t") {
            if (in_text_ > 0) --in_text_;
        } else if (name == "tr") {
            if (!tables_.empty()) end_row();
        } else if (name == "tbl") {
            if (!tables_.empty()) end_table();
        }
    }

    void end_paragraph() {
        Paragraph p = std::move(paragraphs_.back());
        paragraphs_.pop_back();
        std::vector<std::string> lines = split_lines(p.text);
        std::vector<std::string>& to = sink();
        if (p.heading && !to.empty() && !to.back().empty()) to.emplace_back();
        if (lines.empty()) {
            to.emplace_back();
            return;
        }
        bool first = true;
        for (const std::string& raw : lines) {
            std::string line = tidy_line(trim(raw));
            if (first && p.list && !line.empty() && !starts_with_bullet_glyph(line))
                line = std::string(kBulletMarker) + line;
            first = false;
            to.push_back(std::move(line));
        }
    }

    // A row whose cells hold one line each is one line, cells tab-separated
    // ("Acme Corp<tab>2019 - 2022"). A layout row (a sidebar cell next to a
    // main cell) is read cell after cell.
    void end_row() {
        std::vector<std::vector<std::string>> cells = std::move(tables_.back().cells);
        tables_.back().cells.clear();
        bool single_lines = true;
        std::vector<std::string> texts;
        for (auto& cell : cells) {
            std::vector<std::string> kept;
            for (auto& l : cell)
                if (!trim(l).empty()) kept.push_back(l);
            if (kept.size() > 1) single_lines = false;
            if (kept.size() == 1) texts.push_back(kept[0]);
        }
        std::vector<std::string>& to = sink();
        if (single_lines) {
            if (!texts.empty()) to.push_back(join(texts, "\t"));
            return;
        }
        for (auto& cell : cells) {
            for (auto& l : cell) to.push_back(std::move(l));
            to.emplace_back();
        }
    }

    void end_table() {
        if (!tables_.back().cells.empty()) end_row();
        tables_.pop_back();
    }

    const DocxStyles& styles_;
    std::vector<std::string>& out_;
    std::vector<Paragraph> paragraphs_;
    std::vector<OpenTable> tables_;
    int in_run_ = 0;
    int in_text_ = 0;
};

}  // namespace

DocxStyles read_docx_styles(std::string_view styles_xml) {
    DocxStyles styles;
    MarkupTokenizer tok(styles_xml);
    MarkupToken t;
    std::string current;
    while (tok.next(t)) {
        if (t.kind == Kind::Text) continue;
        std::string_view name = local_name(t.name);
        if (t.kind == Kind::Close) {
            if (name == "style") current.clear();
            continue;
        }
        if (name == "style") {
            current = attribute(t.attrs, "styleId");
            if (!current.empty()) styles[current] = style_from_id(current);
        } else if (!current.empty()) {
            DocxStyle& s = styles[current];
            if (name == "name") s.heading |= is_heading_style_name(attribute(t.attrs, "val"));
            else if (name == "outlineLvl") s.heading |= is_heading_outline(attribute(t.attrs, "val"));
            else if (name == "numId") s.list = attribute(t.attrs, "val") != "0";
        }
    }
    return styles;
}

bool docx_part_lines(std::string_view xml, const DocxStyles& styles, std::vector<std::string>& lines,
                     std::string& error) {
    PartReader reader(styles, lines);
    return reader.read(xml, error);
}

}  // namespace ip
