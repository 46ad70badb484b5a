// WordprocessingML (the XML inside a .docx) to text lines: paragraphs,
// list items as bullet lines, tabs, line breaks, tables, headings, text
// boxes and hyperlinks' text. Used by docx.cpp for the body, headers and footers.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ip {

struct DocxStyle {
    bool heading = false;  // "heading 1".."heading 9", "Title", "Subtitle", or an outline level
    bool list = false;     // the style itself numbers its paragraphs (List Bullet, List Number)
};

// styleId -> what the reader needs to know about it, from word/styles.xml.
using DocxStyles = std::map<std::string, DocxStyle, std::less<>>;

DocxStyles read_docx_styles(std::string_view styles_xml);

// Appends the part's lines (no trailing newlines; "" for a blank line).
// Returns false with `error` set only when the XML nests deeper than the cap.
bool docx_part_lines(std::string_view xml, const DocxStyles& styles, std::vector<std::string>& lines,
                     std::string& error);

}  // namespace ip
