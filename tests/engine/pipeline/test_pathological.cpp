// Pathological inputs finish: each case runs the whole pipeline and every
// export, and must come back with a playbook or with one readable error. Where
// a cap applies, the error names the cap and the input's size. No timing is
// asserted (tools/bench measures speed); a hang shows up as a test run that
// never ends, a crash as a failed run, and the sanitizer build (build/asan)
// runs these too.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "model/document_json.h"
#include "parse/formats_test_support.h"
#include "parse/input_limits.h"
#include "render/render.h"
#include "test_support.h"

namespace {

using ip::GenerateResult;
using ip::Inputs;

const char* const kJob = "seed-case/job.txt";
const char* const kResume = "seed-case/resume.txt";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Outcome {
    GenerateResult result;
    size_t export_bytes = 0;  // all exports together, when the playbook was made
};

// The pipeline, then every export the app offers (PNG at 1x to keep the case short).
Outcome run(const std::string& resume, const std::string& resume_name, const std::string& job,
            const std::string& job_name) {
    Inputs in;
    in.resume = resume;
    in.resume_filename = resume_name;
    in.job = job;
    in.job_filename = job_name;
    in.today = "2026-11-26";
    Outcome out{ip::generate_playbook(ip::test::knowledge(), in)};
    if (!out.result.ok) return out;
    const ip::Playbook& doc = out.result.doc;
    static const std::string regular = read_file(std::string(IP_FONTS_DIR) + "/ui-regular.otf");
    static const std::string bold = read_file(std::string(IP_FONTS_DIR) + "/ui-bold.otf");
    ip::PngOptions png;
    png.scale = 1;
    std::string png_error;
    out.export_bytes = ip::playbook_to_json(doc).size() + ip::render_markdown(doc).size() +
                       ip::render_html_report(doc).size() + ip::render_handout_html(doc).size() +
                       ip::render_handout_png(doc, regular, bold, png, png_error).size();
    INFO(png_error);
    CHECK(png_error.empty());
    return out;
}

Outcome run_resume(const std::string& resume, const std::string& name = "resume.txt") {
    return run(resume, name, ip::test::read_fixture(kJob), "job.txt");
}

Outcome run_job(const std::string& job, const std::string& name = "job.txt") {
    return run(ip::test::read_fixture(kResume), "resume.txt", job, name);
}

// A playbook with its exports, or a failure that says why (never an empty line).
void require_finished(const Outcome& o) {
    INFO("error: " << o.result.error);
    if (o.result.ok) {
        CHECK(o.export_bytes > 0);
    } else {
        CHECK_FALSE(o.result.error.empty());
    }
}

// A failure whose message names the cap (and whatever else is given).
void require_cap_message(const Outcome& o, std::initializer_list<std::string> parts) {
    INFO("error: " << o.result.error);
    REQUIRE_FALSE(o.result.ok);
    for (const std::string& part : parts) CHECK(o.result.error.find(part) != std::string::npos);
}

std::string repeat(const std::string& unit, size_t times) {
    std::string s;
    s.reserve(unit.size() * times);
    for (size_t i = 0; i < times; ++i) s += unit;
    return s;
}

// A resume whose experience section holds `bullets`.
std::string resume_with_bullets(const std::string& bullets) {
    return "Sam Rivera\nsam@example.com\n\nEXPERIENCE\nSoftware Engineer — Initech\nJan 2019 – Present\n" + bullets +
           "\nSKILLS\nPython, SQL\n";
}

}  // namespace

TEST_CASE("pathological: one 5 MB line is refused with its size and the cap", "[pathological]") {
    const std::string line = repeat("Led a team of 5 engineers to cut latency 40% ", 5u * 1024 * 1024 / 45 + 1);
    REQUIRE(line.size() > 5u * 1024 * 1024);
    const std::string size = "is " + ip::format_size(line.size()) + ";";  // "is 5.0 MB;"
    require_cap_message(run_resume(line), {"Resume:", size, "the limit is 2 MB"});
    require_cap_message(run_job(line), {"Job description:", size, "the limit is 2 MB"});
}

TEST_CASE("pathological: one line just under the text cap is read", "[pathological]") {
    const std::string unit = "Python, Kubernetes, 40% 2019 - 2021 $1.2M | ";
    const std::string line = repeat(unit, (ip::limits::kMaxTextBytes - 1024) / unit.size());
    require_finished(run_resume(line));
    require_finished(run_job(line));
}

TEST_CASE("pathological: 100,000 bullets", "[pathological]") {
    std::string bullets;
    for (int i = 0; i < 100000; ++i) bullets += "- Built tool " + std::to_string(i) + "\n";
    require_finished(run_resume(resume_with_bullets(bullets)));
    require_finished(run_job("Senior Engineer\nAcme\n\nRequirements\n" + bullets));
}

TEST_CASE("pathological: 10,000 skills", "[pathological]") {
    const ip::Knowledge& kb = ip::test::knowledge();
    REQUIRE_FALSE(kb.skills.empty());
    std::string skills;
    for (size_t i = 0; i < 10000; ++i) {
        if (i) skills += ", ";
        // Known skills (every one the matcher finds) mixed with unknown words.
        skills += i % 2 ? kb.skills[i / 2 % kb.skills.size()].name : "Tool" + std::to_string(i);
    }
    require_finished(run_resume("Sam Rivera\n\nSKILLS\n" + skills + "\n"));
    require_finished(run_job("Engineer\nAcme\n\nRequirements\n- Experience with " + skills + "\n"));
}

TEST_CASE("pathological: every character a bullet glyph", "[pathological]") {
    const std::string glyphs = "•▪◦➢■●-*–·";
    const std::string one_line = repeat(glyphs, (ip::limits::kMaxTextBytes - 1024) / glyphs.size());
    require_finished(run_resume(one_line));
    require_finished(run_job(one_line));
    const std::string per_line = repeat("•\n", (ip::limits::kMaxTextBytes - 1024) / 4);
    require_finished(run_resume(per_line));
    require_finished(run_job(per_line, "job.md"));
}

TEST_CASE("pathological: lines that look like dates, headings or nothing", "[pathological]") {
    require_finished(run_resume(resume_with_bullets(repeat("Jan 2019 – Present\n", 50000))));
    require_finished(run_resume(resume_with_bullets(repeat("EXPERIENCE\n", 50000))));
    require_finished(run_resume("Sam Rivera\n" + repeat("\n", 1000000) + "Python\n"));
    require_finished(run_resume(repeat("\t|\t", 300000)));
    require_finished(run_job(repeat("<li><b>", 200000), "job.html"));
}

TEST_CASE("pathological: JSON nested a million levels deep names the depth cap", "[pathological]") {
    const std::string depth = std::to_string(ip::limits::kMaxJsonDepth) + " levels";
    require_cap_message(run_resume(repeat("[", 1000000), "resume.json"), {"Resume:", depth});
    require_cap_message(run_resume(repeat("{\"a\":", 200000), "resume.json"), {"Resume:", depth});
}

TEST_CASE("pathological: a JSON Resume with 10,000 jobs", "[pathological]") {
    std::string work;
    for (int i = 0; i < 10000; ++i) {
        if (i) work += ",";
        work += R"({"name":"Co)" + std::to_string(i) +
                R"(","position":"Engineer","startDate":"2019-01","highlights":["Built a","Led b","Cut c 10%"]})";
    }
    require_finished(run_resume(R"({"basics":{"name":"Sam Rivera"},"work":[)" + work + "]}", "resume.json"));
}

TEST_CASE("pathological: a .docx with too many entries names the entry cap", "[pathological]") {
    std::vector<ip::test::ZipMember> members;
    for (size_t i = 0; i <= ip::limits::kMaxZipEntries; ++i) members.push_back({"f" + std::to_string(i), "x"});
    const std::string limit = "the limit is " + std::to_string(ip::limits::kMaxZipEntries);
    require_cap_message(run_resume(ip::test::build_zip(members), "resume.docx"),
                        {"Resume:", std::to_string(ip::limits::kMaxZipEntries + 1) + " entries", limit});
}

TEST_CASE("pathological: a .docx with 100,000 paragraphs", "[pathological]") {
    std::string body;
    for (int i = 0; i < 100000; ++i) body += "<w:p><w:r><w:t>- Built tool " + std::to_string(i) + "</w:t></w:r></w:p>";
    const std::string xml =
        R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
        body + "</w:body></w:document>";
    const std::string docx = ip::test::build_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", xml}});
    require_finished(run_resume(docx, "resume.docx"));
}

TEST_CASE("pathological: PDF items beyond the item cap, and all on one spot", "[pathological]") {
    auto items_json = [](size_t n, bool same_spot) {
        std::string s = R"({"format":"pdf-items/1","pages":[{"width":612,"height":792,"items":[)";
        for (size_t i = 0; i < n; ++i) {
            if (i) s += ",";
            size_t x = same_spot ? 72 : 72 + (i % 7) * 70, y = same_spot ? 100 : 40 + (i / 7) % 700;
            s += R"({"str":"w)" + std::to_string(i % 97) + R"(","x":)" + std::to_string(x) + R"(,"y":)" +
                 std::to_string(y) + R"(,"w":30,"h":10})";
        }
        return s + "]}]}";
    };
    const size_t over = ip::limits::kMaxPdfItems + 1;
    require_cap_message(run_resume(items_json(over, false), "resume.pdf.json"),
                        {"Resume:", std::to_string(over) + " text items", std::to_string(ip::limits::kMaxPdfItems)});
    require_finished(run_resume(items_json(20000, true), "resume.pdf.json"));
    require_finished(run_resume(items_json(ip::limits::kMaxPdfItems, false), "resume.pdf.json"));
}

TEST_CASE("pathological: PDF items with astronomical coordinates", "[pathological]") {
    // Found by fuzz_pdf_items (tests/fuzz/crashes/pdf_items/): one width of
    // 3e35 made the column search step through the span 1 pt at a time.
    for (const char* huge : {"3.4e35", "1e300", "1.7e308"}) {
        std::string items = R"({"format":"pdf-items/1","pages":[{"width":612,"height":792,"items":[)";
        for (int row = 0; row < 30; ++row) {
            const std::string y = std::to_string(700 - row * 14);
            if (row) items += ",";
            items += R"({"str":"Left )" + std::to_string(row) + R"(","x":40,"y":)" + y + R"(,"w":60,"h":10},)";
            items += R"({"str":"Right words )" + std::to_string(row) + R"(","x":226,"y":)" + y + R"(,"w":)" +
                     (row == 7 ? std::string(huge) : "150") + R"(,"h":10})";
        }
        items += "]}]}";
        INFO("w = " << huge);
        require_finished(run_resume(items, "resume.pdf.json"));
    }
}

TEST_CASE("a generate request the fuzzer found (doubled space inside a bullet) gives a playbook") {
    // tests/fuzz/crashes/engine_api/: story_subject called back() on an empty word.
    const nlohmann::json request = nlohmann::json::parse(
        read_file(ip::test::fixture_path("../fuzz/crashes/engine_api/crash-story-subject-empty-back.json")));
    Inputs in;
    in.resume = request.at("resume").get<std::string>();
    in.resume_filename = request.at("resume_filename").get<std::string>();
    in.job = request.at("job").get<std::string>();
    in.job_filename = request.at("job_filename").get<std::string>();
    in.today = request.at("today").get<std::string>();
    const GenerateResult result = ip::generate_playbook(ip::test::knowledge(), in);
    REQUIRE(result.ok);
    REQUIRE_FALSE(result.doc.stories.empty());
    for (const auto& story : result.doc.stories) CHECK_FALSE(story.title.empty());
}
