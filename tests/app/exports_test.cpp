// Exports: which formats the export menu offers, their file names and types,
// and what reaches the downloads folder, the clipboard, the print dialog and
// the embedding host (captured by the headless platform).
#include <catch2/catch.hpp>

#include "app/exports.h"
#include "headless_app.h"
#include "render/export_formats.h"

using ip::ExportFormat;
using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace app = ip::app;
namespace headless = ip::platform::headless;

TEST_CASE("exports: a name in capitals is written as a person writes it, others are kept", "[app][exports]") {
    CHECK(app::display_name("JORDAN M. CHEN") == "Jordan M. Chen");
    CHECK(app::display_name("  MARY-JANE O'NEIL ") == "Mary-Jane O'neil");
    CHECK(app::display_name("Jordan McAllister") == "Jordan McAllister");
    CHECK(app::display_name("") == "");
}

TEST_CASE("exports: the file name is the candidate's first and last name and the company", "[app][exports]") {
    ip::Playbook doc;
    CHECK(app::export_basename(doc) == "Interview");
    doc.candidate.name = "JORDAN M. CHEN";
    CHECK(app::export_basename(doc) == "Jordan-Chen");
    doc.company.name = "Amazon Web Services";
    CHECK(app::export_basename(doc) == "Jordan-Chen-Amazon-Web-Services");
    doc.candidate.name = "Zoë <script>/../../etc";
    doc.company.name = "A/B: Test*Co?";
    CHECK(app::export_basename(doc) == "Zoë-script-etc-A-B-Test-Co");
    doc.candidate.name = std::string(120, 'x');
    CHECK(app::export_basename(doc).size() == 80);
}

TEST_CASE("exports: US Letter where browsers' regions use it, A4 elsewhere", "[app][exports]") {
    for (const char* tag : {"en-US", "en", "es-MX", "fil-PH", "fr-CA", "en_us"}) {
        CAPTURE(tag);
        CHECK(app::letter_paper_locale(tag));
    }
    for (const char* tag : {"en-GB", "de", "de-DE", "fr-FR", "", "pt-BR", "es"}) {
        CAPTURE(tag);
        CHECK_FALSE(app::letter_paper_locale(tag));
    }
}

TEST_CASE("exports: every format of the playbook is made, named and typed", "[app][exports]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    const ip::Playbook& doc = *h.app.doc;
    const std::string base = app::export_basename(doc);
    REQUIRE(base != "Interview");
    for (const auto& info : ip::export_formats()) {
        CAPTURE(info.id);
        const app::ExportFile file = app::make_export(doc, info.format, h.app.font_library.regular_bytes(),
                                                      h.app.font_library.bold_bytes(), true);
        REQUIRE(file.ok);
        CHECK(file.error.empty());
        CHECK(file.filename == base + info.file_suffix);
        CHECK(file.mime_type == info.mime_type);
        REQUIRE(file.bytes.size() > 200);
    }
    const auto bytes_of = [&](ExportFormat f, bool a4) {
        return app::make_export(doc, f, h.app.font_library.regular_bytes(), h.app.font_library.bold_bytes(), a4).bytes;
    };
    CHECK(bytes_of(ExportFormat::ReportPdf, true).rfind("%PDF-", 0) == 0);
    CHECK(bytes_of(ExportFormat::ReportPdf, true).find("/MediaBox [0 0 595.276 ") != std::string::npos);
    CHECK(bytes_of(ExportFormat::ReportPdf, false).find("/MediaBox [0 0 612 ") != std::string::npos);
    CHECK(bytes_of(ExportFormat::HandoutPng, true).rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(bytes_of(ExportFormat::ReportHtml, true).rfind("<!DOCTYPE html>", 0) == 0);
}

TEST_CASE("exports: fonts missing make a clear error, not a file", "[app][exports]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    const app::ExportFile png = app::make_export(*h.app.doc, ExportFormat::HandoutPng, "", "", true);
    CHECK_FALSE(png.ok);
    CHECK_FALSE(png.error.empty());
    CHECK(png.bytes.empty());
    // Text formats need no fonts.
    CHECK(app::make_export(*h.app.doc, ExportFormat::Markdown, "", "", true).ok);
}

TEST_CASE("exports: the export menu downloads each format with the user's answers in it", "[app][exports]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    // An answer to the first shared blank, which the Markdown carries.
    std::string prompt;
    ip::app::for_each_rich(*h.app.doc, [&](const ip::Rich& text, const std::string& scope) {
        for (const auto& span : text)
            if (span.kind == ip::SpanKind::Fill && scope.empty() && prompt.empty()) prompt = span.text;
    });
    REQUIRE_FALSE(prompt.empty());
    h.app.answers.set("", prompt, "MY-OWN-ANSWER");
    const std::string base = app::export_basename(*h.app.doc);

    const std::vector<std::pair<std::string, std::string>> items{
        {"export-md", "-playbook.md"},       {"export-html", "-playbook.html"}, {"export-json", "-playbook.json"},
        {"export-handout", "-handout.html"}, {"export-pdf", "-playbook.pdf"},   {"export-handout-pdf", "-handout.pdf"},
        {"export-png", "-handout.png"}};
    for (const auto& [id, suffix] : items) {
        CAPTURE(id);
        h.frames(2);
        REQUIRE(h.click("export"));
        h.frames(2);
        REQUIRE(h.click(id));
        REQUIRE_FALSE(headless::downloads().empty());
        CHECK(headless::downloads().back().filename == base + suffix);
        CHECK(h.app.notice == "Saved " + base + suffix + ".");
    }
    REQUIRE(headless::downloads().size() == items.size());
    const auto& md = headless::downloads()[0];
    CHECK(md.mime_type == "text/markdown;charset=utf-8");
    CHECK(md.bytes.find("MY-OWN-ANSWER") != std::string::npos);
    CHECK(md.bytes.find("[" + prompt + "]") == std::string::npos);
    CHECK(headless::downloads()[1].bytes.find("MY-OWN-ANSWER") != std::string::npos);
    CHECK(headless::downloads()[2].bytes.find("MY-OWN-ANSWER") != std::string::npos);
    // Not embedded: nothing is posted anywhere.
    CHECK(headless::host_messages().empty());
}

TEST_CASE("exports: the paper choice reaches the PDF", "[app][exports]") {
    HeadlessApp h;  // en-US: US Letter
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    CHECK_FALSE(h.app.view.a4);
    h.frames(2);
    REQUIRE(h.click("export"));
    h.frames(2);
    REQUIRE(h.click("paper-a4"));
    CHECK(h.app.view.a4);
    h.frames(2);
    REQUIRE(h.click("export-pdf"));
    REQUIRE(headless::downloads().size() == 1);
    CHECK(headless::downloads()[0].bytes.find("/MediaBox [0 0 595.276 ") != std::string::npos);
}

TEST_CASE("exports: a German browser starts on A4", "[app][exports]") {
    HeadlessOptions options;
    options.language = "de-DE";
    HeadlessApp h(options);
    CHECK(h.app.view.a4);
}

TEST_CASE("exports: copy a section as Markdown, print, and the accessible view", "[app][exports]") {
    HeadlessApp h;
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    CHECK(headless::accessible_view_available());
    h.frames(2);
    const std::string copy = h.find_control("copy-md-");
    REQUIRE_FALSE(copy.empty());
    REQUIRE(h.click(copy));
    CHECK_FALSE(headless::clipboard().empty());
    CHECK(headless::clipboard().rfind("#", 0) == 0);
    CHECK(h.app.notice == "Copied section " + copy.substr(8) + " as Markdown.");

    h.frames(2);
    REQUIRE(h.click("export"));
    h.frames(2);
    REQUIRE(h.click("print-handout"));
    REQUIRE(headless::printed().size() == 1);
    CHECK(headless::printed()[0].title == "Your 30/60/90-day handout");
    CHECK(headless::printed()[0].html.rfind("<!DOCTYPE html>", 0) == 0);

    headless::request_accessible_view();
    CHECK(headless::overlay_open());
    const std::string name = app::display_name(h.app.doc->candidate.name.value_or(""));
    REQUIRE_FALSE(name.empty());
    CHECK(headless::overlay().title == "Interview playbook \u2014 " + name);
    CHECK(headless::overlay().html.find(name) != std::string::npos);
}

TEST_CASE("exports: embedded, each download is reported to the host by its format id", "[app][exports]") {
    HeadlessOptions options;
    options.embed_host = "https://coach.example";
    HeadlessApp h(options);
    REQUIRE(h.build_playbook(seed_resume(), seed_job()));
    h.frames(2);
    REQUIRE(h.click("export"));
    h.frames(2);
    REQUIRE(h.click("export-json"));
    REQUIRE(headless::host_messages().size() == 1);  // the playbook waits for consent
    CHECK(headless::host_messages()[0].type == "exported");
    CHECK(headless::host_messages()[0].data == "json");
    // Consent posts the playbook (with answers) the app handed over.
    headless::grant_share_consent();
    REQUIRE(headless::host_messages().size() == 2);
    CHECK(headless::host_messages()[1].type == "generated");
    CHECK(headless::host_messages()[1].data.find("\"candidate\"") != std::string::npos);
}
