// The PDF exports (report and handout), checked with the tools people's
// machines use to read them: qpdf --check for the file structure, pdftotext
// (poppler) for the text in reading order, pdffonts for embedding and
// ToUnicode maps. Both tools are required (tools/setup installs qpdf and
// poppler-utils); a test fails, never skips, when they are missing.
//
// The golden digests (tests/fixtures/golden/pdf-digests.txt) pin the bytes of
// the seed document's exports on both paper sizes; tests/browser/
// engine_api.test.mjs checks the WebAssembly engine against the same file.
// Regenerate them deliberately after an intended change, and look at the
// pages (pdftoppm -r 60 -png) before committing:
//   IP_UPDATE_GOLDEN=1 build/<dir>/test_render "[golden]"
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/document_json.h"
#include "render/export_formats.h"
#include "render/markdown_text.h"
#include "render/render.h"
#include "render/render_test_support.h"
#include "render/wording.h"

using namespace ip;

namespace {

Playbook seed_playbook() {
    Playbook doc;
    std::string error;
    const std::string text = test::read_file(std::string(IP_TEST_FIXTURES_DIR) + "/render/seed-playbook.json");
    REQUIRE(!text.empty());
    REQUIRE(playbook_from_json(text, doc, error));
    return doc;
}

std::string report_pdf(const Playbook& doc, bool a4) {
    std::string error;
    PdfOptions opt;
    opt.a4 = a4;
    const std::string pdf = render_report_pdf(doc, test::regular_font(), test::bold_font(), opt, error);
    INFO(error);
    REQUIRE(!pdf.empty());
    return pdf;
}

std::string handout_pdf(const Playbook& doc, bool a4) {
    std::string error;
    PdfOptions opt;
    opt.a4 = a4;
    const std::string pdf = render_handout_pdf(doc, test::regular_font(), test::bold_font(), opt, error);
    INFO(error);
    REQUIRE(!pdf.empty());
    return pdf;
}

// Runs a shell command; its standard output and error, and its exit status.
struct Run {
    int status = -1;
    std::string output;
};

Run run(const std::string& command) {
    Run r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

void require_tool(const std::string& tool) {
    INFO(tool << " is missing: tools/setup installs it (Debian: qpdf, poppler-utils)");
    REQUIRE(run("command -v " + tool).status == 0);
}

std::string write_temp(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / ("ip-test-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
}

void check_with_qpdf(const std::string& pdf, const std::string& name) {
    require_tool("qpdf");
    const std::string path = write_temp(name, pdf);
    const Run r = run("qpdf --check '" + path + "'");
    std::filesystem::remove(path);
    INFO(r.output);
    REQUIRE(r.status == 0);
    REQUIRE(r.output.find("No syntax or stream encoding errors") != std::string::npos);
}

std::string pdftotext(const std::string& pdf, const std::string& name) {
    require_tool("pdftotext");
    const std::string path = write_temp(name, pdf);
    const Run r = run("pdftotext -enc UTF-8 '" + path + "' -");
    std::filesystem::remove(path);
    INFO(r.output);
    REQUIRE(r.status == 0);
    return r.output;
}

// Extracted text puts line breaks where the page wraps: compare with runs of
// white space folded to one space.
std::string folded(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

// Each needle is found after the previous one: reading order.
void require_in_order(const std::string& text, const std::vector<std::string>& needles) {
    const std::string hay = folded(text);
    size_t at = 0;
    for (const auto& n : needles) {
        const size_t found = hay.find(folded(n), at);
        INFO("not found (in order): \"" << n << "\"");
        REQUIRE(found != std::string::npos);
        at = found + 1;
    }
}

size_t count(const std::string& hay, const std::string& needle) {
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

uint64_t fnv1a64(const std::string& bytes) {
    uint64_t h = 14695981039346656037ull;  // 0xcbf29ce484222325
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hex64(uint64_t v) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// The seed document with two of the first story's blanks answered, as the
// app applies answers (app/fill_answers.h): the blank becomes plain text.
Playbook with_two_answers(Playbook doc, std::vector<std::string>& answers) {
    REQUIRE(!doc.stories.empty());
    int n = 0;
    for (Rich* part :
         {&doc.stories[0].situation, &doc.stories[0].task, &doc.stories[0].action, &doc.stories[0].result}) {
        for (Span& span : *part) {
            if (span.kind != SpanKind::Fill || n == 2) continue;
            span.text = n == 0 ? "the checkout API timed out for 9,400 shoppers a day" : "a 41% drop in tickets";
            span.kind = SpanKind::Plain;
            answers.push_back(span.text);
            ++n;
        }
    }
    REQUIRE(n == 2);
    return doc;
}

}  // namespace

TEST_CASE("PDF report: valid, with every heading, the name, every story and the user's answers in reading order",
          "[pdf]") {
    std::vector<std::string> answers;
    const Playbook doc = with_two_answers(seed_playbook(), answers);
    for (bool a4 : {false, true}) {
        const std::string pdf = report_pdf(doc, a4);
        check_with_qpdf(pdf, a4 ? "report-a4.pdf" : "report-letter.pdf");
        REQUIRE(pdf.find(a4 ? "/MediaBox [0 0 595.276 841.89]" : "/MediaBox [0 0 612 792]") != std::string::npos);
        const std::string text = pdftotext(pdf, "report.pdf");

        REQUIRE(doc.candidate.name.has_value());
        std::vector<std::string> order = {*doc.candidate.name};
        for (const SectionInfo& s : report_sections()) order.push_back(std::to_string(s.number) + ". " + s.title);
        require_in_order(text, order);
        // Story titles in order, the answers inside the first story.
        std::vector<std::string> stories = {report_section(5).title, doc.stories[0].title};
        stories.insert(stories.end(), answers.begin(), answers.end());
        for (size_t i = 1; i < doc.stories.size(); ++i) stories.push_back(doc.stories[i].title);
        require_in_order(text, stories);
        // Every character of the seed document has a glyph (the requirement
        // check's ◐ is drawn as a vector mark): no missing-glyph note.
        REQUIRE(folded(text).find("cannot draw") == std::string::npos);
        REQUIRE(text.find("\u25D0 Partial") != std::string::npos);
        // Every page numbered; the last one says how many there are.
        const size_t pages = count(text, "\f");
        REQUIRE(pages > 10);
        require_in_order(text, {"Page 1 of " + std::to_string(pages),
                                "Page " + std::to_string(pages) + " of " + std::to_string(pages)});
    }
}

TEST_CASE("PDF report: bookmarks for the ten sections, contents links, marked drafts and fill-ins", "[pdf]") {
    const std::string pdf = report_pdf(seed_playbook(), false);
    REQUIRE(pdf.find("/Type /Outlines") != std::string::npos);
    REQUIRE(pdf.find("/PageMode /UseOutlines") != std::string::npos);
    for (const SectionInfo& s : report_sections()) {
        std::string title;
        // Outline titles are UTF-16BE hex: compare in that form.
        const std::string plain = std::to_string(s.number) + ". " + s.title;
        static const char* hex = "0123456789ABCDEF";
        for (unsigned char c : plain) {
            if (c >= 0x80) {
                title.clear();
                break;
            }
            title += std::string("00") + hex[c >> 4] + hex[c & 15];
        }
        if (!title.empty()) REQUIRE(pdf.find("/Title <FEFF" + title + ">") != std::string::npos);
    }
    REQUIRE(count(pdf, "/Title <FEFF") == 11);  // ten bookmarks and the document's title
    REQUIRE(count(pdf, "/Subtype /Link") == 10);
    REQUIRE(count(pdf, "/Dest [") == 20);  // each link and each bookmark has a destination
    // The gauge is a stroked path, not an image; there are no images at all.
    REQUIRE(pdf.find("/Image") == std::string::npos);
}

TEST_CASE("PDF fonts are embedded, only the glyphs used, each with a ToUnicode map", "[pdf]") {
    const std::string pdf = report_pdf(seed_playbook(), false);
    require_tool("pdffonts");
    const std::string path = write_temp("fonts.pdf", pdf);
    const Run r = run("pdffonts '" + path + "'");
    std::filesystem::remove(path);
    INFO(r.output);
    REQUIRE(r.status == 0);
    // name type encoding emb sub uni object ID: every font embedded with a ToUnicode map.
    std::istringstream lines(r.output);
    std::string line;
    int fonts = 0;
    while (std::getline(lines, line)) {
        if (line.find("Type 3") == std::string::npos) continue;
        ++fonts;
        REQUIRE(line.find("yes") != std::string::npos);
        std::istringstream cols(line.substr(line.find("Type 3") + 6));
        std::string encoding, emb, sub, uni;
        cols >> encoding >> emb >> sub >> uni;
        CHECK(emb == "yes");
        CHECK(uni == "yes");
    }
    REQUIRE(fonts >= 2);  // regular and bold
    // Far fewer glyph procedures than the fonts' ~2,500 glyphs each.
    REQUIRE(count(pdf, "d1\n") < 400);
}

TEST_CASE("PDF handout: one valid page with the name, the plan and the stories", "[pdf]") {
    const Playbook doc = seed_playbook();
    for (bool a4 : {false, true}) {
        const std::string pdf = handout_pdf(doc, a4);
        check_with_qpdf(pdf, "handout.pdf");
        REQUIRE(count(pdf, "/Type /Page ") == 1);
        const std::string text = pdftotext(pdf, "handout.pdf");
        std::vector<std::string> order = {*doc.candidate.name};
        for (const PlanPhaseLabels& phase : plan_phase_labels()) order.push_back(phase.theme);
        require_in_order(text, order);
        for (size_t i = 0; i < doc.stories.size() && i < 3; ++i)
            REQUIRE(folded(text).find(folded(doc.stories[i].title)) != std::string::npos);
    }
}

TEST_CASE("PDF exports of a hostile resume are valid: CJK is boxed, said so, and still copies", "[pdf]") {
    Playbook doc = test::hostile_playbook();
    // Bidi controls, a 5,000-character line without spaces, CJK and an emoji.
    const std::string cjk = "\u6f22\u5b57\u304b\u306a\u6df7\u3058\u308a";
    doc.candidate.name = "\u202eJordan\u202c " + cjk;
    std::string long_word(5000, 'x');
    doc.fit.summary = RichBuilder().plain("Line: " + long_word + " end \u2067rtl\u2069 \U0001F600").build();
    REQUIRE(!doc.stories.empty());
    doc.stories[0].title = "<script>alert(1)</script> " + cjk;
    doc.stories[0].situation = RichBuilder().fact(std::string(5000, 'y') + " " + std::string(2000, ' ') + "z").build();
    for (bool a4 : {false, true}) {
        const std::string report = report_pdf(doc, a4);
        check_with_qpdf(report, "hostile-report.pdf");
        const std::string text = pdftotext(report, "hostile-report.pdf");
        REQUIRE(text.find(cjk) != std::string::npos);  // ToUnicode: the boxes copy as the characters
        REQUIRE(text.find("<script>alert(1)</script>") != std::string::npos);  // shown as text
        REQUIRE(text.find("\u202e") == std::string::npos);                     // bidi controls are not drawn or copied
        REQUIRE(folded(text).find("cannot draw") != std::string::npos);
        REQUIRE(count(text, "x") >= 5000);  // the long line wraps; nothing of it is lost

        const std::string handout = handout_pdf(doc, a4);
        check_with_qpdf(handout, "hostile-handout.pdf");
        REQUIRE(count(handout, "/Type /Page ") == 1);
        REQUIRE(pdftotext(handout, "hostile-handout.pdf").find(cjk) != std::string::npos);
    }
    const std::string empty = report_pdf(test::empty_playbook(), false);
    check_with_qpdf(empty, "empty-report.pdf");
    check_with_qpdf(handout_pdf(test::empty_playbook(), true), "empty-handout.pdf");
}

TEST_CASE("PDF exports are deterministic and match their golden digests on both paper sizes", "[pdf][golden]") {
    const Playbook doc = seed_playbook();
    const std::pair<std::string, std::string> exports[] = {
        {"report-letter", report_pdf(doc, false)},
        {"report-a4", report_pdf(doc, true)},
        {"handout-letter", handout_pdf(doc, false)},
        {"handout-a4", handout_pdf(doc, true)},
    };
    REQUIRE(report_pdf(doc, false) == exports[0].second);
    REQUIRE(handout_pdf(doc, true) == exports[3].second);
    std::string digests;
    for (const auto& [name, bytes] : exports)
        digests += name + " " + std::to_string(bytes.size()) + " " + hex64(fnv1a64(bytes)) + "\n";
    const std::string path = std::string(IP_TEST_FIXTURES_DIR) + "/golden/pdf-digests.txt";
    if (std::getenv("IP_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << digests;
        WARN("golden digests rewritten: " << path);
        return;
    }
    INFO("missing golden " << path << "; create it with IP_UPDATE_GOLDEN=1");
    REQUIRE(test::read_file(path) == digests);
}

TEST_CASE("Every export in the format table renders through render_export", "[pdf]") {
    const Playbook doc = seed_playbook();
    for (const ExportFormatInfo& f : export_formats()) {
        std::string bytes, error;
        ExportOptions opt;
        opt.scale = 1;
        INFO(f.id << ": " << error);
        REQUIRE(render_export(doc, f.format, test::regular_font(), test::bold_font(), opt, bytes, error));
        REQUIRE(find_export_format(f.id) == &f);
        if (f.format == ExportFormat::ReportPdf || f.format == ExportFormat::HandoutPdf)
            REQUIRE(bytes.rfind("%PDF-1.7\n", 0) == 0);
    }
    std::string bytes, error;
    REQUIRE_FALSE(render_export(doc, ExportFormat::ReportPdf, "not a font", test::bold_font(), {}, bytes, error));
    REQUIRE(error.find("regular font") != std::string::npos);
    REQUIRE(find_export_format("docx") == nullptr);
}

TEST_CASE("Markdown read back into rich text gives the spans the writer wrote", "[pdf]") {
    const Rich r = RichBuilder()
                       .plain("Cut p99 by 38% in snake_case_code ")
                       .strong("for 2B events")
                       .plain(", ")
                       .draft("which the team noticed")
                       .plain(" [really] *not bold* ")
                       .fill("the number before")
                       .build();
    const Rich back = md_to_rich(rich_md(r));
    std::string plain;
    std::vector<SpanKind> kinds;
    for (const auto& s : back) {
        plain += s.kind == SpanKind::Fill ? "[" + s.text + "]" : s.text;
        if (s.kind != SpanKind::Plain) kinds.push_back(s.kind);
    }
    REQUIRE(plain == rich_to_plain(r));
    REQUIRE(kinds == std::vector<SpanKind>{SpanKind::Strong, SpanKind::Draft, SpanKind::Fill});
}
