// Empty pieces inside otherwise ordinary input: lines that trim to nothing, a
// bullet with no words, words that are only punctuation, a role header that is
// only a date, a skills line with nothing after its label. Every step that
// takes the first or last character of a word, or the first or last item of a
// split, meets these. Run under the sanitizer build with _GLIBCXX_ASSERTIONS
// (build/asan), a read past the end of an empty string or list aborts.
#include <catch2/catch.hpp>
#include <string>

#include "model/document_json.h"
#include "render/render.h"
#include "test_support.h"

namespace {

ip::GenerateResult generate(const std::string& resume, const std::string& job) {
    ip::Inputs in;
    in.resume = resume;
    in.resume_filename = "resume.txt";
    in.job = job;
    in.job_filename = "job.txt";
    in.today = "2026-12-07";
    return ip::generate_playbook(ip::test::knowledge(), in);
}

// The playbook and its text exports: all of it must be there.
void require_playbook(const ip::GenerateResult& r) {
    INFO("error: " << r.error);
    REQUIRE(r.ok);
    CHECK_FALSE(ip::playbook_to_json(r.doc).empty());
    CHECK_FALSE(ip::render_markdown(r.doc).empty());
    CHECK_FALSE(ip::render_html_report(r.doc).empty());
    CHECK_FALSE(ip::render_handout_html(r.doc).empty());
}

// clang-format off
const char* const kOddLines[] = {
    "",   "  ",  "\t",  "\xE2\x80\xA2", "\xE2\x80\xA2 ", "- ",  "* ",    "1. ", "\xE2\x80\xA2 .", "\xE2\x80\xA2 ,",
    ".",  ",",   ";",   ":",            "'",             "\"",  "(",     ")",   "-",              "\xE2\x80\x94",
    "a",  "I",   "|",   " | ",          "Skills:",       ": ",  "Jan 2019 \xE2\x80\x93 Present",  "2019 - 2021",
    "\xE2\x80\xA2 %",   "\xE2\x80\xA2 $",                "\xE2\x80\xA2 40%",    "\xE2\x80\xA2 Led",
    "\xE2\x80\xA2 Led .",                                "\xE2\x80\xA2 and",    "\xE2\x80\xA2 using",
    "\xE2\x80\xA2 - - -",                                "\xE2\x80\xA2 ( )",    "!!! ,,, ;;;",
};
// clang-format on

// `resume` with every odd line inserted after each of its lines in turn.
std::string interleave_odd_lines(const std::string& text) {
    std::string out;
    size_t k = 0, start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.append(text, start, end - start);
        out += '\n';
        out += kOddLines[k++ % (sizeof(kOddLines) / sizeof(kOddLines[0]))];
        out += '\n';
        start = end + 1;
    }
    return out;
}

const char* const kResume =
    "Sam Rivera\nsam@example.com | Denver, CO\n\nSUMMARY\nBackend engineer who ships payment systems.\n\n"
    "EXPERIENCE\nSoftware Engineer \xE2\x80\x94 Initech\nJan 2019 \xE2\x80\x93 Present\n"
    "\xE2\x80\xA2 Built a payments API in Python serving 2M users, cutting checkout errors by 30%\n"
    "\xE2\x80\xA2 Led the migration of 40 services to Kubernetes\n\n"
    "EDUCATION\nB.S. Computer Science \xE2\x80\x94 University of Colorado, 2018\n\n"
    "SKILLS\nLanguages: Python, SQL\n";

const char* const kJob =
    "Senior Backend Engineer\nAcme Payments\n\nRequirements\n- 5+ years of experience with Python\n"
    "- Experience with Kubernetes\n- Strong communication skills\n";

}  // namespace

TEST_CASE("a resume and a job with odd lines between every line make a playbook", "[pipeline][empty]") {
    const std::string resume = interleave_odd_lines(kResume);
    const std::string job = interleave_odd_lines(kJob);
    const ip::GenerateResult r = generate(resume, job);
    require_playbook(r);
    // The odd lines do not hide the real ones.
    bool bullet_read = false;
    for (const ip::Position& p : r.doc.candidate.positions)
        for (const ip::Bullet& b : p.bullets)
            bullet_read = bullet_read || b.text.find("payments API") != std::string::npos;
    CHECK(bullet_read);
    CHECK_FALSE(r.doc.job.requirements.empty());
    require_playbook(generate(kResume, job));
    require_playbook(generate(resume, kJob));
}

TEST_CASE("bullets that are only a glyph, punctuation or one letter", "[pipeline][empty]") {
    const std::string head =
        "Sam Rivera\nsam@example.com\n\nEXPERIENCE\nSoftware Engineer \xE2\x80\x94 Initech\n"
        "Jan 2019 \xE2\x80\x93 Present\n";
    for (const char* bullet :
         {"\xE2\x80\xA2", "\xE2\x80\xA2 .", "\xE2\x80\xA2 , ; :", "\xE2\x80\xA2 a", "- x", "\xE2\x80\xA2 \"",
          "\xE2\x80\xA2 ( )", "\xE2\x80\xA2 Led", "\xE2\x80\xA2 30%", "\xE2\x80\xA2 Led 30%", "\xE2\x80\xA2 Built ,"}) {
        INFO("bullet: " << bullet);
        const std::string resume = head + bullet + "\n" + bullet + "\n\nSKILLS\nPython\n";
        require_playbook(generate(resume, kJob));
    }
}

TEST_CASE("a role header that is only a date, and a skills line with nothing after its label", "[pipeline][empty]") {
    const std::string resume =
        std::string("Sam Rivera\nsam@example.com\n\nEXPERIENCE\nJan 2019 \xE2\x80\x93 Present\n") +
        "\xE2\x80\xA2 Built a payments API in Python\n2016 - 2018\n\xE2\x80\xA2 Wrote SQL reports\n\n"
        "SKILLS\nLanguages:\nSkills: ,\n:\n";
    const ip::GenerateResult r = generate(resume, kJob);
    require_playbook(r);
    CHECK_FALSE(r.doc.candidate.positions.empty());
}

TEST_CASE("resume and job text that is one character, blank or only punctuation", "[pipeline][empty]") {
    for (const char* text : {"a", ".", "\xE2\x80\xA2", " \n \n", "!!! ,,, ;;; ---", "\"", "2019 - 2021"}) {
        INFO("text: \"" << text << "\"");
        for (const ip::GenerateResult& r : {generate(text, kJob), generate(kResume, text)}) {
            // Too little to read is a readable refusal; anything else is a playbook.
            if (r.ok) require_playbook(r);
            else CHECK_FALSE(r.error.empty());
        }
    }
}

TEST_CASE("company, role and news that are empty, blank or punctuation", "[pipeline][empty]") {
    for (const char* value : {"", " ", ".", ",", "(", "Inc.", "\xE2\x80\xA2", "- "}) {
        INFO("value: \"" << value << "\"");
        ip::Inputs in;
        in.resume = kResume;
        in.resume_filename = "resume.txt";
        in.job = kJob;
        in.job_filename = "job.txt";
        in.today = "2026-12-07";
        in.company = value;
        in.role = value;
        in.news = value;
        require_playbook(ip::generate_playbook(ip::test::knowledge(), in));
    }
}
