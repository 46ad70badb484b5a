// The reading layer's dispatcher: format detection by content and name, and
// every class of broken input turned into one clear line (or a repair with a
// warning), never a crash.
#include <catch2/catch.hpp>

#include "core/text.h"
#include "formats_test_support.h"
#include "parse/read.h"
#include "parse_test_support.h"

using namespace ip;
using ip::test::format_fixture;

namespace {

const std::string kToday = "2026-05-04";

ReadResume resume(const std::string& bytes, const std::string& name = "") {
    return read_resume(ip::test::shipped_knowledge(), bytes, name, kToday);
}

std::string resume_error(const std::string& bytes, const std::string& name = "") {
    ReadResume r = resume(bytes, name);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find('\n') == std::string::npos);  // one line
    return r.error;
}

std::string job_error(const std::string& bytes, const std::string& name = "") {
    ReadJob r = read_job(ip::test::shipped_knowledge(), bytes, name);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find('\n') == std::string::npos);
    return r.error;
}

const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
const std::string kPdfItems = R"({"pages":[{"width":612,"height":792,"items":[
    {"str":"Rosa Delgado","x":72,"y":720,"w":70,"h":14,"bold":true},
    {"str":"Nurse Manager","x":72,"y":704,"w":70,"h":10}]}]})";

}  // namespace

TEST_CASE("read: formats are detected by content first, then by the file name", "[formats][read]") {
    std::string docx = format_fixture("resume.docx");
    CHECK(detect_format(docx, "") == InputFormat::Docx);
    CHECK(detect_format(docx, "resume.txt") == InputFormat::Docx);          // content wins
    CHECK(detect_format("not a zip", "resume.docx") == InputFormat::Docx);  // the reader will say so
    CHECK(detect_format(kPdfItems, "") == InputFormat::PdfItems);
    CHECK(detect_format(R"([{"str":"x","x":1,"y":2}])", "items.json") == InputFormat::PdfItems);
    CHECK(detect_format(R"([{"width":612,"items":[]}])", "") == InputFormat::PdfItems);
    CHECK(detect_format(format_fixture("resume.json"), "") == InputFormat::JsonResume);
    CHECK(detect_format("\xEF\xBB\xBF{\"work\": []}", "x.txt") == InputFormat::JsonResume);
    CHECK(detect_format(R"({"hello": 1})", "data.json") == InputFormat::JsonResume);  // the importer will complain
    CHECK(detect_format(R"({"hello": 1})", "") == InputFormat::PlainText);
    CHECK(detect_format("{not json, just braces} Jane Doe", "") == InputFormat::PlainText);
    CHECK(detect_format(format_fixture("job.html"), "") == InputFormat::Html);
    CHECK(detect_format("Senior engineer", "posting.HTM") == InputFormat::Html);
    CHECK(detect_format("# Jane Doe", "cv.md") == InputFormat::Markdown);
    CHECK(detect_format("Jane Doe", "") == InputFormat::PlainText);
    CHECK(detect_format("Jane Doe", "folder.v2/resume") == InputFormat::PlainText);
}

TEST_CASE("read: empty input says so", "[formats][read]") {
    CHECK(resume_error("") == "the resume is empty");
    CHECK(resume_error(" \n\t\r\n ") == "the resume is empty");
    CHECK(job_error("") == "the job description is empty");
}

TEST_CASE("read: binary files are named, not read", "[formats][read]") {
    CHECK(resume_error(kPng, "photo.png") == "this looks like a binary file (PNG image), not a resume");
    CHECK(job_error(kPng) == "this looks like a binary file (PNG image), not a job description");
    CHECK(resume_error(std::string("\x7F"
                                   "ELF\x02\x01\x01\0\0\0",
                                   10)) == "this looks like a binary file (Linux executable), not a resume");
    CHECK(resume_error(std::string("MZ\x90\0\x03\0\0\0", 8), "setup.exe") ==
          "this looks like a binary file (Windows executable), not a resume");
    CHECK(resume_error(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)) ==
          "this looks like a binary file (JPEG image), not a resume");
    CHECK(resume_error(std::string("abc\0def\x01\x02ghi", 12)) ==
          "this looks like a binary file (binary data), not a resume");
    CHECK(resume("MZ is how my resume starts, with no NUL bytes").ok);  // a signature alone is not enough
}

TEST_CASE("read: PDF, old Word and RTF files get a message saying what to do", "[formats][read]") {
    std::string pdf = resume_error("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n", "resume.pdf");
    CHECK(contains(pdf, "PDF files are read through the PDF text extractor (pdf.js"));
    CHECK(contains(pdf, "positioned-items JSON (docs/pdf-items.md)"));
    CHECK(contains(pdf, "paste the text"));
    CHECK(resume_error("Jane Doe\nEngineer", "resume.pdf") == pdf);  // a .pdf name is enough
    CHECK(resume_error(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), "cv.doc") ==
          "this looks like an old Word .doc file; save it as .docx or PDF, or paste the text");
    CHECK(resume_error("{\\rtf1\\ansi Jane}", "cv.rtf") ==
          "RTF files are not supported; save it as .docx or PDF, or paste the text");
}

TEST_CASE("read: oversized input names its size and the cap", "[formats][read]") {
    std::string five_mb(5u << 20, 'a');
    for (size_t i = 80; i < five_mb.size(); i += 81) five_mb[i] = '\n';
    CHECK(resume_error(five_mb) == "the resume is 5 MB; the limit is 2 MB");
    CHECK(resume_error(std::string(size_t(5.2 * (1u << 20)), 'x')) == "the resume is 5.2 MB; the limit is 2 MB");
    CHECK(job_error(five_mb, "job.html") == "the job description is 5 MB; the limit is 2 MB");
    CHECK(resume_error(std::string(20u << 20, 'x'), "resume.docx") == "the resume is 20 MB; the limit is 16 MB");
}

TEST_CASE("read: deep JSON and broken containers are errors with the reader's reason", "[formats][read]") {
    std::string deep = "{\"basics\":" + std::string(200, '[') + std::string(200, ']') + "}";
    CHECK(resume_error(deep, "resume.json") == "could not read the JSON Resume: the JSON nests deeper than 64 levels");
    CHECK(resume_error("{}", "resume.json") ==
          "the resume is empty (the JSON has no basics, work, education or skills)");
    CHECK(resume_error(format_fixture("bad-crc.docx")) ==
          "could not read the .docx: the zip archive is damaged (word/document.xml fails its CRC check)");
    CHECK(resume_error(format_fixture("truncated.docx")) ==
          "could not read the .docx: the zip archive is cut off or damaged (its central directory is missing)");
    CHECK(resume_error(format_fixture("bomb-declared.docx")) ==
          "could not read the .docx: word/document.xml would inflate to 40.0 MB; the limit is 16 MB (a zip bomb?)");
    CHECK(resume_error(format_fixture("no-document.docx")) ==
          "could not read the .docx: the zip archive has no word/document.xml, so it is not a Word .docx");
    CHECK(resume_error(format_fixture("not-a-zip.docx"), "resume.docx") ==
          "could not read the .docx: the file is not a .docx (a .docx is a zip archive, and this is not one)");
    CHECK(resume_error(R"({"pages":[{"items":[]}]})") ==
          "the PDF has no selectable text (perhaps a scanned image); paste the text instead");
    std::string empty_docx = ip::test::build_zip(
        {{"word/document.xml", "<w:document><w:body><w:p/><w:p><w:r><w:t> </w:t></w:r></w:p></w:body></w:document>"}});
    CHECK(resume_error(empty_docx) == "the resume is empty");
}

TEST_CASE("read: invalid UTF-8 is repaired with a warning, nothing else lost", "[formats][read]") {
    // Valid UTF-8 (the accented letters) plus one stray byte: only that byte is replaced.
    ReadResume r = resume("Jana Nov\xC3\xA1kov\xC3\xA1 \xFF\nSoftware Engineer\nPrague\n");
    REQUIRE(r.ok);
    REQUIRE(r.warnings.size() >= 1);
    CHECK(r.warnings[0] == "the resume is not valid UTF-8; unreadable bytes were replaced with \u201C\uFFFD\u201D");
    CHECK(contains(r.source_text, "Jana Nov\u00e1kov\u00e1 \uFFFD"));
    CHECK(contains(r.source_text, "Software Engineer"));
    CHECK(is_valid_utf8(r.source_text));
}

TEST_CASE("read: Windows-1252 (Latin-1) text is decoded, with a warning", "[formats][read]") {
    ReadResume r = resume("Jana Nov\xE1kov\xE1\nM\xFCnchen \x96 Software Engineer \x93quoted\x94\n");
    REQUIRE(r.ok);
    REQUIRE(r.warnings.size() >= 1);
    CHECK(r.warnings[0] == "the resume is not UTF-8; it was read as Windows-1252 (Western European) text");
    CHECK(contains(r.source_text, "Jana Nov\u00e1kov\u00e1"));
    CHECK(contains(r.source_text, "M\u00fcnchen"));
    CHECK(is_valid_utf8(r.source_text));
}

TEST_CASE("read: a JSON Resume with a stray Latin-1 byte is still read as JSON, with a warning", "[formats][read]") {
    ReadResume r = resume("{\"basics\": {\"name\": \"Ren\xE9 Ortiz\", \"label\": \"Chef\"}}");
    REQUIRE(r.ok);
    REQUIRE(r.candidate.name);
    CHECK(*r.candidate.name == "Ren\u00e9 Ortiz");
    CHECK(r.candidate.headline == std::string("Chef"));
    REQUIRE(r.warnings.size() == 1);
    CHECK(contains(r.warnings[0], "read as Windows-1252"));
}

TEST_CASE("read: UTF-16 text (Windows Notepad) is decoded", "[formats][read]") {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("Jana Novak\nData Analyst\n")) {
        utf16.push_back(c);
        utf16.push_back('\0');
    }
    ReadResume r = resume(utf16, "resume.txt");
    REQUIRE(r.ok);
    CHECK(contains(r.source_text, "Jana Novak"));
    CHECK(contains(r.source_text, "Data Analyst"));
    for (const std::string& w : r.warnings) CHECK_FALSE(contains(w, "UTF-8"));
}

TEST_CASE("read: each resume format reaches extraction with its text as the source", "[formats][read]") {
    SECTION(".docx") {
        ReadResume r = resume(format_fixture("resume.docx"), "resume.docx");
        REQUIRE(r.ok);
        CHECK(contains(r.source_text, "Marisol Quintero-Lagos"));
        CHECK(contains(r.source_text, "Cut batch cost by 38% by moving jobs to Spark on Kubernetes"));
        CHECK_FALSE(contains(r.source_text, "deleted words"));
    }
    SECTION("PDF items") {
        ReadResume r = resume(kPdfItems, "resume.pdfitems.json");
        REQUIRE(r.ok);
        CHECK(contains(r.source_text, "Rosa Delgado"));
        CHECK(contains(r.source_text, "Nurse Manager"));
    }
    SECTION("JSON Resume: the source is the importer's rendering") {
        ReadResume r = resume(format_fixture("resume.json"), "resume.json");
        REQUIRE(r.ok);
        REQUIRE(r.candidate.name);
        CHECK(*r.candidate.name == "Zo\u00eb \u00c5ngstr\u00f6m-Nakamura");
        CHECK(contains(r.source_text, "Climbing: bouldering, Fontainebleau"));
        REQUIRE(r.candidate.positions.size() == 2);
    }
    SECTION("plain text") {
        ReadResume r = resume("Sam Lee\nAccountant\n");
        REQUIRE(r.ok);
        CHECK(contains(r.source_text, "Sam Lee"));
    }
}

TEST_CASE("read: a job description as .html, and JSON that is not a job", "[formats][read]") {
    ReadJob j = read_job(ip::test::shipped_knowledge(), format_fixture("job.html"), "job.html");
    REQUIRE(j.ok);
    CHECK(contains(j.source_text, "Design batch and streaming pipelines"));
    CHECK(contains(j.source_text, "5+ years of Python & SQL"));
    CHECK_FALSE(contains(j.source_text, "tracking"));
    CHECK_FALSE(contains(j.source_text, "<li>"));
    CHECK(job_error(format_fixture("resume.json"), "resume.json") ==
          "this is a JSON file (a JSON Resume?), not a job description; paste the posting's text");
}
