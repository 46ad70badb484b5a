// The zip container under .docx: central directory, stored and DEFLATE
// members, CRC checks, and the caps that turn zip bombs into messages.
#include <catch2/catch.hpp>

#include "formats_test_support.h"
#include "parse/docx.h"
#include "parse/input_limits.h"
#include "parse/zip_reader.h"

using namespace ip;
using ip::test::build_zip;
using ip::test::format_fixture;

TEST_CASE("crc32 matches the standard check value", "[formats][zip]") {
    CHECK(crc32_of("123456789") == 0xCBF43926u);
    CHECK(crc32_of("") == 0u);
}

TEST_CASE("zip reader lists members and inflates DEFLATE and stored members alike", "[formats][zip]") {
    std::string deflated = format_fixture("resume.docx");
    std::string stored = format_fixture("resume-stored.docx");
    REQUIRE(deflated.size() > 1000);
    REQUIRE(stored.size() > deflated.size());  // stored members are not compressed

    ZipReader a, b;
    std::string error;
    REQUIRE(a.open(deflated, error));
    REQUIRE(b.open(stored, error));
    REQUIRE(a.entries().size() == 6);
    CHECK(a.entries()[0].name == "[Content_Types].xml");
    const ZipEntry* doc_a = a.find("word/document.xml");
    const ZipEntry* doc_b = b.find("word/document.xml");
    REQUIRE(doc_a);
    REQUIRE(doc_b);
    CHECK(doc_a->method == 8);
    CHECK(doc_b->method == 0);
    CHECK(a.find("word/missing.xml") == nullptr);

    std::string xml_a, xml_b;
    REQUIRE(a.extract(*doc_a, limits::kMaxZipMemberBytes, xml_a, error));
    REQUIRE(b.extract(*doc_b, limits::kMaxZipMemberBytes, xml_b, error));
    CHECK(xml_a.size() == doc_a->uncompressed_size);
    CHECK(xml_a == xml_b);
    CHECK(xml_a.rfind("<?xml", 0) == 0);
    CHECK(xml_a.find("Nubank") != std::string::npos);
}

TEST_CASE("zip reader round-trips an archive built in memory", "[formats][zip]") {
    std::string zip = build_zip({{"a.txt", "alpha"}, {"dir/b.txt", "beta \xE2\x80\x94 unicode"}});
    ZipReader z;
    std::string error, out;
    REQUIRE(z.open(zip, error));
    REQUIRE(z.entries().size() == 2);
    REQUIRE(z.extract(*z.find("dir/b.txt"), 1024, out, error));
    CHECK(out == "beta \xE2\x80\x94 unicode");
    CHECK(looks_like_zip(zip));
    CHECK_FALSE(looks_like_zip("PK"));
    CHECK_FALSE(looks_like_zip("plain text"));
}

TEST_CASE("zip reader refuses damaged archives with a message naming the problem", "[formats][zip]") {
    std::string error;
    ZipReader z;

    SECTION("truncated file: no central directory") {
        CHECK_FALSE(z.open(format_fixture("truncated.docx"), error));
        CHECK(error == "the zip archive is cut off or damaged (its central directory is missing)");
    }
    SECTION("too short to be a zip") {
        CHECK_FALSE(z.open("PK\x03\x04", error));
        CHECK(error.find("too short to be a zip") != std::string::npos);
    }
    SECTION("entry-count cap") {
        CHECK_FALSE(z.open(ip::test::end_record_only(6000), error));
        CHECK(error == "the zip archive has 6000 entries; the limit is 5000");
    }
    SECTION("central directory pointing past the end") {
        std::string zip = build_zip({{"a.txt", "alpha"}});
        zip[zip.size() - 6] = char(0x7F);  // directory offset's low byte
        zip[zip.size() - 4] = char(0x7F);  // and a high byte
        CHECK_FALSE(z.open(zip, error));
        CHECK(error.find("points past the end") != std::string::npos);
    }
    SECTION("wrong CRC") {
        const std::string bytes = format_fixture("bad-crc.docx");  // the reader keeps a view of it
        REQUIRE(z.open(bytes, error));
        std::string out;
        CHECK_FALSE(z.extract(*z.find("word/document.xml"), limits::kMaxZipMemberBytes, out, error));
        CHECK(error == "the zip archive is damaged (word/document.xml fails its CRC check)");
        CHECK(out.empty());
    }
    SECTION("corrupt DEFLATE data") {
        const std::string bytes = format_fixture("corrupt-deflate.docx");
        REQUIRE(z.open(bytes, error));
        std::string out;
        CHECK_FALSE(z.extract(*z.find("word/document.xml"), limits::kMaxZipMemberBytes, out, error));
        CHECK(error == "the compressed data of word/document.xml is corrupt");
    }
    SECTION("encrypted member") {
        const std::string bytes = build_zip({{"secret.xml", "x", 0, 1}});
        REQUIRE(z.open(bytes, error));
        std::string out;
        CHECK_FALSE(z.extract(z.entries()[0], 1024, out, error));
        CHECK(error == "secret.xml is encrypted");
    }
    SECTION("unsupported compression method") {
        const std::string bytes = build_zip({{"word/document.xml", "x", 12}});
        REQUIRE(z.open(bytes, error));
        std::string out;
        CHECK_FALSE(z.extract(z.entries()[0], 1024, out, error));
        CHECK(error == "word/document.xml uses compression method 12 (only stored and DEFLATE are supported)");
    }
}

TEST_CASE("zip bombs are refused by declared and by actual inflated size", "[formats][zip]") {
    std::string error, out;
    SECTION("declared size over the cap: refused before inflating") {
        std::string bytes = format_fixture("bomb-declared.docx");
        REQUIRE(bytes.size() < 64 * 1024);  // 40 MB of XML in a small file
        ZipReader z;
        REQUIRE(z.open(bytes, error));
        const ZipEntry* doc = z.find("word/document.xml");
        REQUIRE(doc);
        CHECK(doc->uncompressed_size > limits::kMaxZipMemberBytes);
        CHECK_FALSE(z.extract(*doc, limits::kMaxZipMemberBytes, out, error));
        CHECK(error == "word/document.xml would inflate to 40.0 MB; the limit is 16 MB (a zip bomb?)");
    }
    SECTION("declared size a lie: inflation stops at the declared size") {
        ZipReader z;
        const std::string bytes = format_fixture("bomb-lying.docx");
        REQUIRE(z.open(bytes, error));
        const ZipEntry* doc = z.find("word/document.xml");
        REQUIRE(doc);
        CHECK(doc->uncompressed_size == 4096);
        CHECK_FALSE(z.extract(*doc, limits::kMaxZipMemberBytes, out, error));
        CHECK(error == "word/document.xml inflates to more than its declared 4 KB (a damaged file or a zip bomb)");
        CHECK(out.empty());
    }
    SECTION("through the .docx reader") {
        std::string text;
        CHECK_FALSE(docx_to_text(format_fixture("bomb-declared.docx"), text, error));
        CHECK(error.find("the limit is 16 MB") != std::string::npos);
        CHECK_FALSE(docx_to_text(format_fixture("bomb-lying.docx"), text, error));
        CHECK(error.find("more than its declared 4 KB") != std::string::npos);
    }
}

TEST_CASE("every prefix and every single-byte corruption of a .docx is an error or text, never a crash",
          "[formats][zip][robustness]") {
    const std::string good = format_fixture("resume.docx");
    REQUIRE(good.size() > 1000);
    std::string text, error;
    size_t failures = 0;
    for (size_t n = 0; n < good.size(); n += 7) {
        error.clear();
        if (!docx_to_text(good.substr(0, n), text, error)) {
            ++failures;
            CHECK_FALSE(error.empty());
        }
    }
    CHECK(failures == (good.size() + 6) / 7);  // no prefix is a whole zip
    for (size_t i = 0; i < good.size(); i += 3) {
        std::string bad = good;
        bad[i] = char(bad[i] ^ 0x5A);
        error.clear();
        bool ok = docx_to_text(bad, text, error);
        CHECK((ok || !error.empty()));
    }
}
