// Positioned PDF text items (docs/pdf-items.md) to text: rows, cells,
// columns, reading order, paragraph breaks, the accepted JSON forms, errors.
#include <catch2/catch.hpp>

#include <cstring>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "formats_test_support.h"
#include "parse/pdf_items.h"

using namespace ip;
using nlohmann::json;

namespace {

json item(const std::string& s, double x, double y, double w, double h = 10, bool bold = false) {
    return json{{"str", s}, {"x", x}, {"y", y}, {"w", w}, {"h", h}, {"bold", bold}};
}

std::string one_page(const std::vector<json>& items) {
    return json{{"pages", json::array({json{{"width", 612}, {"height", 792}, {"items", items}}})}}.dump();
}

std::string pdf_text(const std::string& doc) {
    std::string text, error;
    INFO(error);
    REQUIRE(pdf_items_to_text(doc, text, error));
    return text;
}

std::vector<std::string> pdf_lines(const std::string& doc) { return split_lines(pdf_text(doc)); }

std::string pdf_error(const std::string& doc) {
    std::string text, error;
    CHECK_FALSE(pdf_items_to_text(doc, text, error));
    return error;
}

}  // namespace

TEST_CASE("pdf items: two columns under a full-width header read left column, then right", "[formats][pdf]") {
    const std::vector<std::string> expected = {
        "Ines Fairweather-Ngata",
        "ines.fn@example.com  |  +64 21 555 0199  |  Wellington, New Zealand",
        "",
        "SKILLS",
        "Python",
        "Go",
        "Kubernetes",
        "Terraform",
        "",
        "EDUCATION",
        "B.Sc. Physics",
        "Victoria University, 2014",
        "",
        "EXPERIENCE",
        "Platform Engineer, Lumen Labs",
        "2019 - Present",
        "Moved 40 services to Kubernetes with zero",
        "downtime over 6 months",
        "Cut cloud spend by 31% with Terraform",
        "",
        "Site Reliability Engineer, Kiwi Freight",
        "2015 - 2019",
        "Ran the on-call rotation for 12 engineers",
        "Built SLO dashboards in Grafana",
        "Ranked 1st of 40 teams in the 2018 hackathon",  // raised, smaller "st" stays on its line
        "",
        "References available on request",  // full-width footer after both columns
        "",
        "PROJECTS",  // page 2, its items given in reverse order
        "Open-source Terraform provider for a billing API (200 stars)",
        "Wrote a Go load tester used by 3 teams",
    };
    CHECK(pdf_lines(ip::test::format_fixture("two-column.pdfitems.json")) == expected);
}

TEST_CASE("pdf items: a right-hand sidebar with its own line pitch is read after the main column", "[formats][pdf]") {
    std::vector<json> items = {item("Priya Raman \u00b7 Data Analyst \u00b7 priya@example.com", 54, 740, 480, 12)};
    const char* main_col[] = {"EXPERIENCE",
                              "Analyst, Northwind Health",
                              "Built 14 Tableau dashboards for ops",
                              "Automated weekly reporting in Python",
                              "Cut report prep time by 60%",
                              "Intern, Contoso Bank",
                              "Wrote SQL for the churn model"};
    const char* side_col[] = {"SKILLS", "SQL", "Python", "Tableau", "Excel"};
    for (int i = 0; i < 7; ++i) items.push_back(item(main_col[i], 54, 700 - 14.0 * i, 200, 10, i == 0));
    for (int i = 0; i < 5; ++i) items.push_back(item(side_col[i], 430, 703 - 12.0 * i, 60, 9, i == 0));
    auto lines = pdf_lines(one_page(items));
    std::vector<std::string> expected = {"Priya Raman \u00b7 Data Analyst \u00b7 priya@example.com", "", "EXPERIENCE"};
    expected.insert(expected.end(), main_col + 1, main_col + 7);
    expected.push_back("");
    expected.insert(expected.end(), side_col, side_col + 5);
    CHECK(lines == expected);
}

TEST_CASE("pdf items: a single column comes out top to bottom whatever the item order", "[formats][pdf]") {
    std::vector<json> items = {
        item("Second line", 72, 686, 55),
        item("First", 72, 700, 25),
        item("line", 100, 700, 20),  // 3 pt gap at 10 pt: a space
        item("Third", 72, 672, 27),
    };
    CHECK(pdf_lines(one_page(items)) == std::vector<std::string>{"First line", "Second line", "Third"});
}

TEST_CASE("pdf items: runs that touch are joined without a space, small gaps get one", "[formats][pdf]") {
    std::vector<json> items = {
        item("Kuber", 72, 700, 25), item("netes", 97, 700, 25),    // kerning split: gap 0
        item("and", 125, 700, 15),                                 // gap 3 pt at 10 pt: a space
        item("Helm ", 143, 700, 25), item("charts", 168, 700, 30)  // a run ending in a space
    };
    CHECK(pdf_text(one_page(items)) == "Kubernetes and Helm charts");
}

TEST_CASE("pdf items: superscripts, subscripts and baseline jitter do not split a line", "[formats][pdf]") {
    std::vector<json> items = {
        item("Reduced CO", 72, 700, 55),
        item("2", 127, 697.5, 4, 6),             // subscript
        item(" output by 40%", 131, 700.6, 70),  // 0.6 pt jitter
        item("1", 72, 686, 5),
        item("st", 77, 689.5, 6, 6),  // superscript
        item(" place", 83, 686, 30),
    };
    CHECK(pdf_lines(one_page(items)) == std::vector<std::string>{"Reduced CO2 output by 40%", "1st place"});
}

TEST_CASE("pdf items: items on one baseline with a big gap are separate cells", "[formats][pdf]") {
    std::vector<json> items = {
        item("Acme Corp", 72, 700, 48),
        item("Jan 2019 \u2013 Mar 2022", 460, 700, 80),  // far right: a cell
        item("Senior Engineer", 72, 686, 75),
    };
    CHECK(pdf_lines(one_page(items)) ==
          std::vector<std::string>{"Acme Corp\tJan 2019 \u2013 Mar 2022", "Senior Engineer"});
}

TEST_CASE("pdf items: right-aligned dates beside entries are cells, not a column", "[formats][pdf]") {
    std::vector<json> items;
    const char* entries[] = {"B.S. Physics, Reed College", "M.S. Statistics, UC Davis", "Data Science Fellow, Insight",
                             "Teaching Assistant, Reed College"};
    for (int i = 0; i < 4; ++i) {
        items.push_back(item(entries[i], 72, 700 - 14.0 * i, 130));
        items.push_back(item("2014 \u2013 2016", 490, 700 - 14.0 * i, 50));  // same width: starts align too
    }
    auto lines = pdf_lines(one_page(items));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "B.S. Physics, Reed College\t2014 \u2013 2016");
    CHECK(lines[3] == "Teaching Assistant, Reed College\t2014 \u2013 2016");
}

TEST_CASE("pdf items: a label/value table stays row by row", "[formats][pdf]") {
    std::vector<json> items;
    const char* labels[] = {"Languages", "Cloud", "Databases", "Tools"};
    const char* values[] = {"Python, Go, SQL", "AWS, GCP", "PostgreSQL, Redis", "Terraform, Docker, Git"};
    for (int i = 0; i < 4; ++i) {
        items.push_back(item(labels[i], 72, 700 - 14.0 * i, 45, 10, true));
        items.push_back(item(values[i], 180, 700 - 14.0 * i, 100));
    }
    auto lines = pdf_lines(one_page(items));
    CHECK(lines == std::vector<std::string>{"Languages\tPython, Go, SQL", "Cloud\tAWS, GCP",
                                            "Databases\tPostgreSQL, Redis", "Tools\tTerraform, Docker, Git"});
}

TEST_CASE("pdf items: a wide paragraph gap and a bold heading start a new paragraph", "[formats][pdf]") {
    std::vector<json> items = {
        item("Summary line one", 72, 700, 80),     item("Summary line two", 72, 686, 80),
        item("Line after a gap", 72, 650, 80),  // 36 pt: more than 1.6 x the 14 pt pitch
        item("EXPERIENCE", 72, 636, 60, 10, true), item("Body under it", 72, 622, 60),
    };
    CHECK(pdf_lines(one_page(items)) == std::vector<std::string>{"Summary line one", "Summary line two", "",
                                                                 "Line after a gap", "", "EXPERIENCE",
                                                                 "Body under it"});
}

TEST_CASE("pdf items: bold is inferred from the font name when the flag is missing", "[formats][pdf]") {
    json heading = {{"str", "SKILLS"}, {"x", 72}, {"y", 686}, {"w", 40}, {"h", 10}, {"font", "ABCDEF+Calibri-Bold"}};
    json plain = {{"str", "Body text"}, {"x", 72}, {"y", 700}, {"w", 45}, {"h", 10}, {"font", "ABCDEF+Calibri"}};
    CHECK(pdf_lines(one_page({plain, heading})) == std::vector<std::string>{"Body text", "", "SKILLS"});
}

TEST_CASE("pdf items: pdf.js raw fields are understood, and rotated, empty and fake-bold runs are dropped",
          "[formats][pdf]") {
    std::vector<json> items = {
        // pdf.js item: no x/y/w/h keys, only transform, width, height, fontName, hasEOL.
        {{"str", "From transform"},
         {"transform", {10, 0, 0, 10, 72, 700}},
         {"width", 70},
         {"height", 10},
         {"fontName", "g_d0_f1"},
         {"hasEOL", false},
         {"dir", "ltr"}},
        {{"str", ""}, {"transform", {10, 0, 0, 10, 142, 700}}, {"width", 0}, {"height", 0}, {"hasEOL", true}},
        {{"str", "   "}, {"x", 72}, {"y", 686}, {"w", 10}, {"h", 10}},
        {{"str", "WATERMARK"}, {"transform", {0, 40, -40, 0, 300, 300}}, {"width", 200}, {"height", 40}},
        item("Bold twice", 72, 672, 50),
        item("Bold twice", 72.4, 672, 50),
        {{"str", "No width given"}, {"x", 72}, {"y", 658}, {"h", 10}},
    };
    CHECK(pdf_lines(one_page(items)) == std::vector<std::string>{"From transform", "Bold twice", "No width given"});
}

TEST_CASE("pdf items: the bare-array forms are accepted", "[formats][pdf]") {
    SECTION("an array of pages") {
        json pages = json::array(
            {json{{"items", {item("Page one", 72, 700, 40)}}}, json{{"items", {item("Page two", 72, 700, 40)}}}});
        CHECK(pdf_lines(pages.dump()) == std::vector<std::string>{"Page one", "", "Page two"});
    }
    SECTION("an array of items numbered by page") {
        json a = item("On page two", 72, 700, 55), b = item("On page one", 72, 500, 55);
        a["page"] = 2;
        b["page"] = 1;
        CHECK(pdf_lines(json::array({a, b}).dump()) == std::vector<std::string>{"On page one", "", "On page two"});
    }
}

TEST_CASE("pdf items: unicode text is kept and invalid UTF-8 in a run is repaired", "[formats][pdf]") {
    std::vector<json> items = {item("Zo\u00eb \u0160ar\u010devi\u0107 \u2014 \u6771\u4eac", 72, 700, 90)};
    CHECK(pdf_text(one_page(items)) == "Zo\u00eb \u0160ar\u010devi\u0107 \u2014 \u6771\u4eac");
}

TEST_CASE("pdf items: malformed input is an error naming the problem", "[formats][pdf]") {
    CHECK(pdf_error("{\"pages\": [") == "the PDF text items are not valid JSON");
    CHECK(pdf_error("{\"basics\": {}}").find("not in the PDF-items shape") != std::string::npos);
    CHECK(pdf_error(std::string(5000, '[') + std::string(5000, ']')) ==
          "the PDF-items JSON nests deeper than 64 levels");

    std::string many = "[";
    for (int i = 0; i <= 100000; ++i) many += "{\"str\":\"a\",\"x\":1,\"y\":1},";
    many.back() = ']';
    CHECK(pdf_error(many) == "the PDF has 100001 text items; the limit is 100000");
}

TEST_CASE("pdf items: pages without text give empty text, not an error", "[formats][pdf]") {
    CHECK(pdf_text("{\"pages\":[{\"width\":612,\"height\":792,\"items\":[]}]}").empty());
    CHECK(pdf_text("[]").empty());
}

namespace {

json font_item(const std::string& s, double x, double y, double w, const std::string& font, bool bold) {
    json j = item(s, x, y, w, 10, bold);
    j["font"] = font;
    return j;
}

std::string pages_doc(const std::vector<std::vector<json>>& pages) {
    json list = json::array();
    for (const auto& items : pages) list.push_back(json{{"width", 612}, {"height", 792}, {"items", items}});
    return json{{"pages", list}}.dump();
}

}  // namespace

TEST_CASE("pdf items: a date range's lost or soft hyphen comes back as a dash", "[formats][pdf]") {
    // A soft hyphen a PDF draws is a visible one.
    CHECK(pdf_text(one_page({item("Jan 2012\u00adDec 2016", 72, 700, 80)})) == "Jan 2012-Dec 2016");
    // pdf.js drops U+00AD (Awesome-CV's fonts map their hyphen to it).
    CHECK(pdf_text(one_page({item("Jan 2012 Dec 2016", 72, 700, 80)})) == "Jan 2012 \u2013 Dec 2016");
    CHECK(pdf_text(one_page({item("Nov 2018Jan 2023", 72, 700, 80)})) == "Nov 2018 \u2013 Jan 2023");
    CHECK(pdf_text(one_page({item("Jul 2023 Present", 72, 700, 80)})) == "Jul 2023 \u2013 Present");
    CHECK(pdf_text(one_page({item("2014  2016", 72, 700, 80)})) == "2014 \u2013 2016");
    // Not a range: left alone.
    CHECK(pdf_text(one_page({item("Summer 2012 and fall 2013", 72, 700, 120)})) == "Summer 2012 and fall 2013");
    CHECK(pdf_text(one_page({item("Jan 2012 - Dec 2016", 72, 700, 80)})) == "Jan 2012 - Dec 2016");
    CHECK(pdf_text(one_page({item("Saved $20000 in 2019 for the team", 72, 700, 150)})) ==
          "Saved $20000 in 2019 for the team");
}

TEST_CASE("pdf items: running headers and footers of a multi-page file are dropped", "[formats][pdf]") {
    auto page = [](int n, const std::string& body) {
        return std::vector<json>{item("June 3, 2026 \u00b7 Jane Smith", 400, 760, 150), item(body, 72, 700, 150),
                                 item(body + " continued", 72, 686, 150),
                                 item("Page " + std::to_string(n) + " of 2", 280, 40, 50)};
    };
    CHECK(pdf_lines(pages_doc({page(1, "First page"), page(2, "Second page")})) ==
          std::vector<std::string>{"First page", "First page continued", "", "Second page", "Second page continued"});
    // One page: nothing shows that a line repeats, so it stays.
    CHECK(pdf_text(pages_doc({page(1, "Only page")})).find("Page 1 of 2") != std::string::npos);
}

TEST_CASE("pdf items: an icon glyph before a heading does not hide it", "[formats][pdf]") {
    std::vector<json> items = {font_item("\u00a5", 72, 700, 8, "ABCDEF+FontAwesome", false),
                               font_item("Skills", 84, 700, 40, "ABCDEF+Roboto-Bold", true),
                               font_item("\u2022", 72, 686, 5, "ABCDEF+Symbol", false),
                               font_item("Python", 84, 686, 40, "ABCDEF+Roboto-Regular", false)};
    CHECK(pdf_lines(one_page(items)) == std::vector<std::string>{"Skills", "\u2022 Python"});
}

TEST_CASE("pdf items: a sidebar with text beside every main line is a column, not a table", "[formats][pdf]") {
    // Both columns have text on every row, but on their own baselines.
    std::vector<json> items;
    const char* side[] = {"SKILLS", "Python, SQL", "Tableau", "LANGUAGES", "English", "Spanish"};
    const char* main_col[] = {"EXPERIENCE",
                              "Analyst, Northwind Health",
                              "Built 14 Tableau dashboards",
                              "Automated weekly reporting",
                              "Cut report prep time by 60%",
                              "Intern, Contoso Bank"};
    for (int i = 0; i < 6; ++i) {
        items.push_back(
            item(side[i], 36, 700 - 14.0 * i + (i > 2 ? 3 : 1), 5.0 * std::strlen(side[i]), 10, i % 3 == 0));
        items.push_back(item(main_col[i], 200, 700 - 14.0 * i, 5.0 * std::strlen(main_col[i]), 10, i == 0));
    }
    auto lines = pdf_lines(one_page(items));
    std::vector<std::string> expected(side, side + 6);
    expected.insert(expected.begin() + 3, "");
    expected.push_back("");
    expected.insert(expected.end(), main_col, main_col + 6);
    CHECK(lines == expected);
}

TEST_CASE("pdf items: a sidebar that runs onto the next page is read with its column", "[formats][pdf]") {
    std::vector<json> first = {item("Dana Wu", 36, 740, 80, 20, true)};
    for (int i = 0; i < 5; ++i) {
        first.push_back(item("Side " + std::to_string(i), 36, 700 - 14.0 * i + 2, 60));
        first.push_back(item("Main line " + std::to_string(i) + std::string(size_t(i) * 4, 'x'), 200, 700 - 14.0 * i,
                             60.0 + 20 * i));
    }
    std::vector<json> second;
    for (int i = 5; i < 8; ++i) second.push_back(item("Side " + std::to_string(i), 36, 740 - 14.0 * (i - 5), 60));
    auto lines = pdf_lines(pages_doc({first, second}));
    const std::vector<std::string> expected = {"Dana Wu",
                                               "",
                                               "Side 0",
                                               "Side 1",
                                               "Side 2",
                                               "Side 3",
                                               "Side 4",
                                               "",
                                               "Side 5",
                                               "Side 6",
                                               "Side 7",
                                               "",
                                               "Main line 0",
                                               "Main line 1xxxx",
                                               "Main line 2xxxxxxxx",
                                               "Main line 3xxxxxxxxxxxx",
                                               "Main line 4xxxxxxxxxxxxxxxx"};
    CHECK(lines == expected);
}

TEST_CASE("pdf items: columns are found per region, not with one gutter for the page", "[formats][pdf]") {
    // A left sidebar beside the first section, a full-width line, then a
    // right-hand column beside the second section.
    std::vector<json> items = {item("Ana Lima", 36, 750, 60, 16, true)};
    const char* side1[] = {"Contact", "ana@example.com", "Porto"};
    const char* main1[] = {"Experience", "Nurse, Santo Antonio Hospital 2019", "Ran the night shift for 30 beds",
                           "Trained 12 new nurses on telemetry"};
    for (int i = 0; i < 3; ++i) items.push_back(item(side1[i], 36, 720 - 14.0 * i + 2, 5.0 * std::strlen(side1[i])));
    for (int i = 0; i < 4; ++i) items.push_back(item(main1[i], 180, 720 - 14.0 * i, 5.0 * std::strlen(main1[i])));
    items.push_back(item("Full-width line across the page between the two parts of it", 36, 650, 540));
    const char* main2[] = {"Education", "BSc Nursing, University of Porto", "Graduated with honours 2018",
                           "Clinical placement in cardiology"};
    const char* side2[] = {"Languages", "Portuguese", "English"};
    for (int i = 0; i < 4; ++i) items.push_back(item(main2[i], 36, 620 - 14.0 * i, 5.0 * std::strlen(main2[i])));
    for (int i = 0; i < 3; ++i) items.push_back(item(side2[i], 430, 620 - 14.0 * i + 2, 5.0 * std::strlen(side2[i])));
    std::string text = pdf_text(one_page(items));
    INFO(text);
    const std::string flat = replace_all(text, "\n\n", "\n");
    CHECK(flat.find("Contact\nana@example.com\nPorto\nExperience") != std::string::npos);
    CHECK(flat.find("Education\nBSc Nursing, University of Porto\nGraduated with honours 2018\nClinical placement in "
                    "cardiology\nLanguages\nPortuguese\nEnglish") != std::string::npos);
}
