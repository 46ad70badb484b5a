// The start screen's inputs: what is kept and saved, what a paste, a drop or
// an opened file does, and the messages for input the app cannot take.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/inputs.h"
#include "headless_app.h"
#include "parse/input_limits.h"

using ip::test::HeadlessApp;
using ip::test::HeadlessOptions;
using ip::test::seed_job;
using ip::test::seed_resume;
namespace app = ip::app;
namespace headless = ip::platform::headless;

namespace {

app::Inputs saved_inputs() { return app::inputs_from_json(ip::platform::load_value(app::kInputsStorageKey)); }

}  // namespace

TEST_CASE("inputs: JSON keeps every field and opened files, text or binary", "[app][inputs]") {
    app::Inputs in;
    in.resume = "Jordan Chen\nSenior engineer \u2014 Berlin";
    in.resume_filename = "resume.docx";
    in.resume_file = std::string("PK\x03\x04\x00\xff\x80 binary", 14);
    in.job = "We are hiring";
    in.job_filename = "job.html";
    in.job_file = "<p>We are hiring</p>";
    in.company = "Stripe";
    in.role = "Backend Engineer";
    in.news = "New office";
    const app::Inputs back = app::inputs_from_json(app::inputs_to_json(in));
    CHECK(back.resume == in.resume);
    CHECK(back.resume_filename == in.resume_filename);
    CHECK(back.resume_file == in.resume_file);
    CHECK(back.job == in.job);
    CHECK(back.job_filename == in.job_filename);
    CHECK(back.job_file == in.job_file);
    CHECK(back.company == "Stripe");
    CHECK(back.role == "Backend Engineer");
    CHECK(back.news == "New office");

    const app::Inputs without = app::inputs_from_json(app::inputs_to_json(in, false));
    CHECK(without.resume == in.resume);
    CHECK(without.resume_file.empty());
    CHECK(without.job_file.empty());
}

TEST_CASE("inputs: a malformed or foreign stored value gives empty inputs", "[app][inputs]") {
    for (const char* text :
         {"", "not json", "[1,2]", "{\"resume\": 5, \"job\": [\"x\"]}", "{\"resume_file\": \"x\"}"}) {
        CAPTURE(text);
        const app::Inputs in = app::inputs_from_json(text);
        CHECK(in.resume.empty());
        CHECK(in.job.empty());
        CHECK(in.resume_file.empty());
    }
}

TEST_CASE("inputs: the engine reads an opened file until the text is edited", "[app][inputs]") {
    app::Inputs in;
    in.resume = "text";
    in.resume_file = "{\"basics\":{}}";
    in.resume_filename = "resume.json";
    in.company = "  Stripe ";
    CHECK(app::engine_inputs(in, "2026-06-01").resume == "{\"basics\":{}}");
    CHECK(app::engine_inputs(in, "2026-06-01").resume_filename == "resume.json");
    CHECK(app::engine_inputs(in, "2026-06-01").company == "Stripe");
    CHECK(app::engine_inputs(in, "2026-06-01").today == "2026-06-01");
    app::resume_text_edited(in);
    CHECK(app::engine_inputs(in, "2026-06-01").resume == "text");
}

TEST_CASE("inputs: a paste with nothing edited fills the resume, then the job, and is saved at once", "[app][inputs]") {
    HeadlessApp h;
    h.frame();
    headless::paste(seed_resume());
    CHECK(h.app.inputs.resume == seed_resume());
    CHECK(saved_inputs().resume == seed_resume());
    REQUIRE(h.app.resume_read);
    CHECK(h.app.resume_read->ok);
    CHECK_FALSE(h.app.resume_read->name.empty());

    headless::paste(seed_job());
    CHECK(h.app.inputs.job == seed_job());
    CHECK(saved_inputs().job == seed_job());
    REQUIRE(h.app.job_read);
    CHECK(h.app.job_read->ok);
    // Company and role follow the job description.
    CHECK_FALSE(h.app.inputs.company.empty());
    CHECK(h.app.inputs.company == h.app.job_read->company);
    CHECK(h.app.inputs.role == h.app.job_read->title);

    headless::paste("a third text");  // both filled: nothing changes
    CHECK(h.app.inputs.resume == seed_resume());
    CHECK(h.app.inputs.job == seed_job());
}

TEST_CASE("inputs: a paste while a field is edited goes into that field", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    REQUIRE(h.mouse_click("news"));
    REQUIRE(ImGui::GetIO().WantTextInput);
    headless::paste("Launched a new API");
    h.frames(2);
    CHECK(h.app.inputs.news == "Launched a new API");
    CHECK(h.app.inputs.resume.empty());
    CHECK(saved_inputs().news == "Launched a new API");
}

// The browser backend sets Ctrl down again when V is released; if that comes
// before the next frame, the paste must still arrive whole.
TEST_CASE("inputs: a paste still arrives when Ctrl is down again before the next frame", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    REQUIRE(h.mouse_click("news"));
    REQUIRE(ImGui::GetIO().WantTextInput);
    headless::paste("Night shift, telemetry unit");
    ImGui::GetIO().KeyCtrl = true;  // V released, Ctrl still held
    h.frames(2);
    CHECK(h.app.inputs.news == "Night shift, telemetry unit");
}

TEST_CASE("inputs: typed company text stays the user's when the job description changes", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    headless::paste(seed_resume());
    headless::paste(seed_job());
    const std::string from_job = h.app.inputs.company;
    REQUIRE_FALSE(from_job.empty());
    h.frames(2);
    REQUIRE(h.mouse_click("company"));
    h.type(" Labs");
    h.frames(2);
    const std::string typed = h.app.inputs.company;
    CHECK(typed != from_job);
    CHECK(typed.find(" Labs") != std::string::npos);
    CHECK(h.app.auto_company.empty());
    headless::drop("job.txt", seed_job() + "\nAlso: on-call once a month.\n", 2000, 2000);
    CHECK(h.app.inputs.company == typed);
    CHECK(saved_inputs().company == typed);
}

TEST_CASE("inputs: what was typed comes back after a reload", "[app][inputs]") {
    {
        HeadlessApp h;
        h.frame();
        headless::paste(seed_resume());
        h.app.inputs.news = "";
    }
    HeadlessOptions reload;
    reload.keep_storage = true;
    HeadlessApp h(reload);
    CHECK(h.app.inputs.resume == seed_resume());
    REQUIRE(h.app.resume_read);
    CHECK(h.app.resume_read->ok);
    CHECK(h.app.screen == app::Screen::Start);
}

TEST_CASE("inputs: opened and dropped files land in the right input, with a message", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    REQUIRE(h.click("resume.open"));
    REQUIRE(headless::file_picker_open());
    CHECK(headless::file_picker_accept() == ".txt,.md,.markdown,.text,.docx,.pdf,.json");
    REQUIRE(headless::pick_file("me.md", "Jordan Chen\r\nEngineer\r\n"));
    CHECK(h.app.inputs.resume == "Jordan Chen\nEngineer\n");
    CHECK(h.app.inputs.resume_filename == "me.md");
    CHECK(h.app.notice == "Loaded me.md (23 bytes).");

    h.frames(2);
    REQUIRE(h.click("job.open"));
    CHECK(headless::file_picker_accept() == ".txt,.md,.markdown,.text,.html,.htm");
    REQUIRE(headless::pick_file("posting.txt", seed_job()));
    CHECK(h.app.inputs.job == seed_job());
    CHECK(h.app.inputs.job_filename == "posting.txt");

    // An .html file goes to the job description wherever it lands, read
    // without its markup and kept as opened.
    headless::drop("role.html", "<html><body><h1>Staff Engineer</h1><p>Build payments.</p></body></html>", 1, 1);
    CHECK(h.app.inputs.job_filename == "role.html");
    CHECK(h.app.inputs.job.find("<h1>") == std::string::npos);
    CHECK(h.app.inputs.job.find("Build payments.") != std::string::npos);
    CHECK_FALSE(h.app.inputs.job_file.empty());

    // A drop on the job card goes to the job description.
    const app::StartScreenLayout& card = h.app.start_layout;
    REQUIRE(card.job_max_x > card.job_min_x);
    headless::drop("notes.txt", "Job on the card", (card.job_min_x + card.job_max_x) / 2,
                   (card.job_min_y + card.job_max_y) / 2);
    CHECK(h.app.inputs.job == "Job on the card");
    headless::drop("", "Dropped text\r\n", 1, 1);  // text, not a file: the resume
    CHECK(h.app.inputs.resume == "Dropped text\n");
}

TEST_CASE("inputs: files the app cannot read get a message and change nothing", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    headless::paste("My resume");

    headless::drop("cv.doc", "Plain words in an old Word file", 1, 1);
    CHECK(h.app.notice == "cv.doc is not a format this app reads. Save it as .docx or PDF, or paste its text.");
    headless::drop("photo.png", std::string("\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", 12), 1, 1);
    CHECK(h.app.notice.find("photo.png is not a format this app reads") == 0);
    CHECK(h.app.inputs.resume == "My resume");

    const std::string huge(ip::limits::kMaxTextBytes + 1, 'a');
    headless::drop("huge.txt", huge, 1, 1);
    CHECK(h.app.notice == ip::too_large_message("huge.txt", huge.size(), ip::limits::kMaxTextBytes) + ".");
    CHECK(h.app.inputs.resume == "My resume");

    const app::StartScreenLayout& card = h.app.start_layout;
    headless::drop("job.pdf", "%PDF-1.4 ...", (card.job_min_x + card.job_max_x) / 2,
                   (card.job_min_y + card.job_max_y) / 2);
    CHECK(h.app.notice == "For the job description, open a .txt, .md or .html file, or paste the posting\u2019s text.");
    CHECK(h.app.inputs.job.empty());
    CHECK(saved_inputs().resume == "My resume");
}

TEST_CASE("inputs: a PDF resume is read by pdf.js, a failure says what to do", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    headless::drop("cv.pdf", "%PDF-1.7 bytes", 1, 1);
    CHECK(h.app.notice == "Reading cv.pdf\u2026");
    REQUIRE(headless::pdf_pending());
    REQUIRE(headless::finish_pdf(false, "it is encrypted"));
    CHECK(h.app.notice ==
          "This PDF could not be read (it is encrypted). Open it, select all its text and paste it here instead.");
    CHECK(h.app.inputs.resume.empty());

    headless::drop("cv.pdf", "%PDF-1.7 bytes", 1, 1);
    REQUIRE(headless::finish_pdf(true, "{\"pages\": \"not items\"}"));
    CHECK(h.app.notice.find("cv.pdf: ") == 0);
    CHECK(h.app.inputs.resume.empty());
}

TEST_CASE("inputs: building without a resume or a job description says what is missing", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    REQUIRE(h.click("generate"));
    CHECK(h.app.error == "Add your resume first: paste it, drop the file on this page, or use \u201cOpen file\u201d.");
    headless::paste(seed_resume());
    h.frame();
    REQUIRE(h.click("generate"));
    CHECK(h.app.error == "Add the job description: paste the posting\u2019s text or drop its file on the job card.");
    CHECK(h.app.generate_countdown < 0);
    CHECK(h.app.screen == app::Screen::Start);
}

TEST_CASE("inputs: a browser that refuses to save keeps the inputs and says so", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    headless::set_storage_quota(64);
    headless::paste(seed_resume());
    CHECK(h.app.inputs.resume == seed_resume());
    CHECK(h.app.notice == "This browser refused to save your inputs; they are kept until you close the tab.");
    CHECK(ip::platform::load_value(app::kInputsStorageKey).empty());
}

TEST_CASE("inputs: Forget everything clears storage and nothing is written after it", "[app][inputs]") {
    HeadlessApp h;
    h.frames(2);
    headless::paste(seed_resume());
    REQUIRE_FALSE(headless::storage().empty());
    REQUIRE(h.click("forget"));
    h.frames(2);
    REQUIRE(h.click("Forget everything?.confirm"));
    CHECK(headless::reloads() == 1);
    CHECK(headless::storage().empty());
    headless::paste("late");  // fills the job: the save is dropped
    h.frames(30);
    CHECK(headless::storage().empty());
}
