// .docx to text: paragraphs, headings, list items, tabs, breaks, tables,
// text boxes, tracked changes, fields, page headers; malformed files.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "formats_test_support.h"
#include "parse/docx.h"
#include "parse/docx_part.h"

using namespace ip;
using ip::test::build_zip;
using ip::test::format_fixture;

namespace {

std::vector<std::string> docx_lines(const std::string& fixture) {
    std::string text, error;
    INFO(fixture);
    REQUIRE(docx_to_text(format_fixture(fixture), text, error));
    INFO(error);
    return split_lines(text);
}

std::string docx_error(const std::string& bytes) {
    std::string text, error;
    CHECK_FALSE(docx_to_text(bytes, text, error));
    CHECK(text.empty());
    return error;
}

// Lines of one WordprocessingML body (no container), for focused cases.
std::vector<std::string> body_lines(const std::string& body, const DocxStyles& styles = {}) {
    std::vector<std::string> lines;
    std::string error;
    REQUIRE(docx_part_lines("<w:document><w:body>" + body + "</w:body></w:document>", styles, lines, error));
    return lines;
}

}  // namespace

TEST_CASE("docx: the whole fixture reads as the expected lines", "[formats][docx]") {
    const std::vector<std::string> expected = {
        "Marisol Quintero-Lagos",  // page header first; header2 repeats header1 and is dropped
        "marisol.ql@example.com | S\u00e3o Paulo, Brazil",
        "",
        "Staff Data Engineer",
        "Portfolio: mql.example.dev",  // hyperlink text
        "",
        "Experience",  // heading style with a localized id, found by its name
        "Nubank\tMar 2021 \u2013 Present",
        "Built a streaming ledger on Kafka & Flink handling 1.2M events/second",
        "\u2022 Cut batch cost by 38% by moving jobs to Spark on Kubernetes",  // runs joined
        "\u2022 Mentored 6 engineers; two promoted to senior",
        "\u2022 Led the \u201cdata contracts\u201d rollout across 14 teams",  // list style
        "Not a list item (numbering switched off)",
        "First line",
        "second line after a break",
        "Kept inserted words",  // tracked deletion dropped, insertion kept
        "field result text",    // field code (instrText) dropped
        "Text box sidebar",     // once: the VML fallback copy is skipped
        "Anchor paragraph",
        "",
        "Skills",
        "Languages\tPython, Scala, SQL",  // one-line cells: one line per row
        "Platforms\tAWS, Databricks",
        "Airflow",  // empty cell skipped
        "",
        "Education",
        "Universidade de S\u00e3o Paulo",  // layout row: cell after cell
        "B.Sc. Computer Science",
        "",
        "2012 \u2013 2016",
        "GPA\t9.1/10",  // nested table inside the cell
        "",
        "Tabs\tand entities <ok> \"quoted\" 'single'",
    };
    std::vector<std::string> lines = docx_lines("resume.docx");
    CHECK(lines == expected);
}

TEST_CASE("docx: stored and DEFLATE-compressed files give the same text", "[formats][docx]") {
    CHECK(docx_lines("resume-stored.docx") == docx_lines("resume.docx"));
}

TEST_CASE("docx: malformed files are errors that name the problem", "[formats][docx]") {
    CHECK(docx_error(format_fixture("not-a-zip.docx")) ==
          "the file is not a .docx (a .docx is a zip archive, and this is not one)");
    CHECK(docx_error(format_fixture("truncated.docx")) ==
          "the zip archive is cut off or damaged (its central directory is missing)");
    CHECK(docx_error(format_fixture("no-document.docx")) ==
          "the zip archive has no word/document.xml, so it is not a Word .docx");
    CHECK(docx_error(format_fixture("odt-as-docx.docx")).find("OpenDocument file (.odt)") != std::string::npos);
    CHECK(docx_error(format_fixture("bad-crc.docx")).find("fails its CRC check") != std::string::npos);
    CHECK(docx_error(format_fixture("corrupt-deflate.docx")) == "the compressed data of word/document.xml is corrupt");
    CHECK(docx_error(format_fixture("deep-xml.docx")) == "the document's XML nests deeper than 256 levels");
    CHECK(docx_error("") == "the file is not a .docx (a .docx is a zip archive, and this is not one)");
}

TEST_CASE("docx: the main part is found through _rels/.rels when it is not word/document.xml", "[formats][docx]") {
    std::string rels =
        "<Relationships><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"/word/document2.xml\"/></Relationships>";
    std::string doc = "<w:document><w:body><w:p><w:r><w:t>From document2</w:t></w:r></w:p></w:body></w:document>";
    std::string text, error;
    REQUIRE(docx_to_text(build_zip({{"_rels/.rels", rels}, {"word/document2.xml", doc}}), text, error));
    CHECK(text == "From document2");
}

TEST_CASE("docx: an Excel or PowerPoint file is named as such", "[formats][docx]") {
    CHECK(docx_error(build_zip({{"xl/workbook.xml", "<workbook/>"}})) == "this is an Excel workbook, not a Word .docx");
    CHECK(docx_error(build_zip({{"ppt/presentation.xml", "<p/>"}})) == "this is a PowerPoint file, not a Word .docx");
}

TEST_CASE("docx part: tab stops in paragraph properties are not tabs in the text", "[formats][docx]") {
    auto lines = body_lines(
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
        "<w:r><w:t>Left</w:t></w:r><w:r><w:tab/><w:tab/><w:t>Right</w:t></w:r></w:p>");
    CHECK(lines == std::vector<std::string>{"Left\tRight"});  // repeated tabs fold into one
}

TEST_CASE("docx part: list items keep a glyph they already have, and a style makes headings", "[formats][docx]") {
    DocxStyles styles = read_docx_styles(
        "<w:styles><w:style w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style>"
        "<w:style w:styleId=\"Corps\"><w:name w:val=\"Body Text\"/></w:style></w:styles>");
    REQUIRE(styles.count("Titre1") == 1);
    CHECK(styles.at("Titre1").heading);
    CHECK_FALSE(styles.at("Corps").heading);
    auto lines = body_lines(
        "<w:p><w:r><w:t>Intro</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Titre1\"/></w:pPr><w:r><w:t>Exp\u00e9rience</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr><w:r><w:t>\u2022 Already bulleted</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>English id</w:t></w:r></w:p>",
        styles);
    CHECK(lines ==
          std::vector<std::string>{"Intro", "", "Exp\u00e9rience", "\u2022 Already bulleted", "", "English id"});
}

TEST_CASE("docx part: CDATA, character references and a missing close tag do not break reading", "[formats][docx]") {
    auto lines = body_lines(
        "<w:p><w:r><w:t><![CDATA[A & B]]></w:t><w:t>&#x2013;&#8212;&bogus;&amp</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>unclosed paragraph");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "A & B\u2013\u2014&bogus;&amp");
    CHECK(lines[1] == "unclosed paragraph");
}
