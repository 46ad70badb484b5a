#include "app/app.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/brand_palette.h"
#include "app/exports.h"
#include "app/test_hook.h"
#include "app/theme.h"
#include "app/wrapped_text_box.h"
#include "core/text.h"
#include "model/document_json.h"
#include "parse/input_limits.h"
#include "platform/platform.h"
#include "render/render.h"
#include "render/wording.h"

namespace ip::app {

namespace {

constexpr const char* kViewStorageKey = "interview-playbook.view.v1";
// Set while the engine runs: found on start-up, it means the last run never
// finished (the tab crashed or was closed), and the app does not retry it
// on its own.
constexpr const char* kGeneratingStorageKey = "interview-playbook.generating.v1";
constexpr double kRereadDelayMs = 350;
constexpr double kSaveDelayMs = 400;
// Inputs up to this size are saved on every edit; bigger ones a moment
// after typing stops.
constexpr size_t kSaveAtOnceBytes = 256 * 1024;

// Where a value is kept. Embedded in another site, the app keeps its own
// copy for that host, apart from what the person saved on the app's own
// page: a host (even one on the same site, which storage partitioning does
// not separate) never restores or overwrites the person's own inputs.
std::string storage_key(const App& app, const char* key) {
    return app.embed_host.empty() ? std::string(key) : std::string(key) + "@" + app.embed_host;
}

std::string read_fs_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string extension_of(const std::string& name) {
    const size_t dot = name.rfind('.');
    return dot == std::string::npos ? std::string() : to_lower(name.substr(dot + 1));
}

bool is_pdf(const std::string& name, const std::string& bytes) {
    return extension_of(name) == "pdf" || starts_with(bytes, "%PDF-");
}

// Text from a file as the user will see and edit it: valid UTF-8, \n line ends.
std::string clean_text(const std::string& bytes) {
    std::string text = is_valid_utf8(bytes) ? bytes : repair_utf8(bytes);
    return replace_all(replace_all(text, "\r\n", "\n"), "\r", "\n");
}

void save_inputs_now(App& app) {
    app.save_inputs_at_ms = -1;
    const std::string key = storage_key(app, kInputsStorageKey);
    if (platform::save_value(key, inputs_to_json(app.inputs))) return;
    // Storage full: an opened file is the big part; its text is enough.
    if (platform::save_value(key, inputs_to_json(app.inputs, false))) return;
    app.notice = "This browser refused to save your inputs; they are kept until you close the tab.";
}

void save_answers_now(App& app) {
    app.save_answers_at_ms = -1;
    if (!platform::save_value(storage_key(app, kFillsStorageKey), app.answers.to_json()))
        app.notice = "This browser refused to save your answers; they are kept until you close the tab.";
}

void save_view(const App& app) {
    nlohmann::json view = {{"screen", app.screen == Screen::Playbook ? "playbook" : "start"},
                           {"section", app.view.section}};
    platform::save_value(storage_key(app, kViewStorageKey), view.dump());
}

void inputs_changed(App& app, double now_ms) {
    const size_t size = app.inputs.resume.size() + app.inputs.job.size() + app.inputs.resume_file.size();
    if (size <= kSaveAtOnceBytes) {
        save_inputs_now(app);
    } else {
        app.save_inputs_at_ms = now_ms + kSaveDelayMs;
    }
    app.reread_at_ms = now_ms + kRereadDelayMs;
}

void refresh_summaries(App& app) {
    app.reread_at_ms = -1;
    if (trim(app.inputs.resume).empty() && app.inputs.resume_file.empty()) {
        app.resume_read.reset();
    } else {
        app.resume_read = app.engine.read_resume_summary(app.inputs, app.today);
    }
    if (trim(app.inputs.job).empty() && app.inputs.job_file.empty()) {
        app.job_read.reset();
        return;
    }
    app.job_read = app.engine.read_job_summary(app.inputs);
    // Company and role follow the job description until the user types
    // their own.
    bool changed = false;
    if (app.job_read->ok && !app.job_read->company.empty() &&
        (trim(app.inputs.company).empty() || app.inputs.company == app.auto_company)) {
        changed |= app.inputs.company != app.job_read->company;
        app.inputs.company = app.auto_company = app.job_read->company;
    }
    if (app.job_read->ok && !app.job_read->title.empty() &&
        (trim(app.inputs.role).empty() || app.inputs.role == app.auto_role)) {
        changed |= app.inputs.role != app.job_read->title;
        app.inputs.role = app.auto_role = app.job_read->title;
    }
    if (changed) save_inputs_now(app);
}

void start_generation(App& app, bool keep_section) {
    app.error.clear();
    if (trim(app.inputs.resume).empty() && app.inputs.resume_file.empty()) {
        app.error = "Add your resume first: paste it, drop the file on this page, or use \u201cOpen file\u201d.";
        return;
    }
    if (trim(app.inputs.job).empty() && app.inputs.job_file.empty()) {
        app.error = "Add the job description: paste the posting\u2019s text or drop its file on the job card.";
        return;
    }
    // Everything typed is stored before the engine runs, so nothing is lost
    // even if the tab dies while it works.
    save_inputs_now(app);
    save_answers_now(app);
    app.generate_countdown = 2;
    app.keep_section = keep_section;
}

void run_generation(App& app) {
    app.generate_countdown = -1;
    platform::save_value(storage_key(app, kGeneratingStorageKey), "1");
    const double started = platform::now_ms();
    GenerateResult result = app.engine.generate(app.inputs, app.today);
    app.last_generate_ms = platform::now_ms() - started;
    platform::remove_value(storage_key(app, kGeneratingStorageKey));
    if (!result.ok) {
        app.error = result.error.empty() ? "The engine could not write a playbook from these inputs." : result.error;
        app.screen = Screen::Start;
        save_view(app);
        return;
    }
    app.doc = std::move(result.doc);
    platform::set_accessible_view_available(true);
    app.screen = Screen::Playbook;
    if (!app.keep_section) app.view.section = 0;
    app.view.scroll_to_top = true;
    app.view.editing_owner = 0;
    app.view.timer_story.clear();
    app.notice.clear();
    save_view(app);
    if (!app.embed_host.empty())
        platform::embed_notify_generated(playbook_to_json(with_answers(*app.doc, app.answers), -1));
}

void set_resume_text(App& app, const std::string& text, const std::string& filename, const std::string& file) {
    app.inputs.resume = text;
    app.inputs.resume_filename = filename;
    app.inputs.resume_file = file;
    save_inputs_now(app);
    refresh_summaries(app);
}

void set_job_text(App& app, const std::string& text, const std::string& filename, const std::string& file) {
    app.inputs.job = text;
    app.inputs.job_filename = filename;
    app.inputs.job_file = file;
    save_inputs_now(app);
    refresh_summaries(app);
}

void load_resume_file(App& app, const std::string& name, const std::string& bytes) {
    app.error.clear();
    if (bytes.size() > limits::kMaxFileBytes) {
        app.notice = too_large_message(name, bytes.size(), limits::kMaxFileBytes) + ".";
        return;
    }
    if (is_pdf(name, bytes)) {
        app.notice = "Reading " + name + "\u2026";
        platform::pdf_to_items(bytes, [&app, name](bool ok, const std::string& result) {
            if (!ok) {
                app.notice = "This PDF could not be read (" + result +
                             "). Open it, select all its text and paste it here instead.";
                return;
            }
            const auto text = app.engine.resume_file_text(result, name, app.today);
            if (!text.ok) {
                app.notice = name + ": " + text.text;
                return;
            }
            set_resume_text(app, text.text, name, result);
            app.notice = "Read " + name + ". Check the text: fix anything the PDF garbled.";
        });
        return;
    }
    const std::string ext = extension_of(name);
    if (ext == "docx" || ext == "json") {
        const auto text = app.engine.resume_file_text(bytes, name, app.today);
        if (!text.ok) {
            app.notice = name + ": " + text.text;
            return;
        }
        set_resume_text(app, text.text, name, bytes);
        app.notice = "Read " + name + " (" + format_size(bytes.size()) + ").";
        return;
    }
    if (ext == "doc" || ext == "pages" || ext == "odt" || ext == "rtf" || !is_valid_utf8(bytes.substr(0, 4096))) {
        app.notice = name + " is not a format this app reads. Save it as .docx or PDF, or paste its text.";
        return;
    }
    if (bytes.size() > limits::kMaxTextBytes) {
        app.notice = too_large_message(name, bytes.size(), limits::kMaxTextBytes) + ".";
        return;
    }
    set_resume_text(app, clean_text(bytes), name, "");
    app.notice = "Loaded " + name + " (" + format_size(bytes.size()) + ").";
}

void load_job_file(App& app, const std::string& name, const std::string& bytes) {
    app.error.clear();
    const std::string ext = extension_of(name);
    if (is_pdf(name, bytes) || ext == "docx" || !is_valid_utf8(bytes.substr(0, 4096))) {
        app.notice = "For the job description, open a .txt, .md or .html file, or paste the posting\u2019s text.";
        return;
    }
    if (bytes.size() > limits::kMaxTextBytes) {
        app.notice = too_large_message(name, bytes.size(), limits::kMaxTextBytes) + ".";
        return;
    }
    if (ext == "html" || ext == "htm") {
        const auto text = app.engine.job_file_text(bytes, name);
        if (!text.ok) {
            app.notice = name + ": " + text.text;
            return;
        }
        set_job_text(app, text.text, name, bytes);
    } else {
        set_job_text(app, clean_text(bytes), name, "");
    }
    app.notice = "Loaded " + name + " (" + format_size(bytes.size()) + ").";
}

void load_example(App& app) {
    const std::string resume = read_fs_file("/examples/resume.txt");
    const std::string job = read_fs_file("/examples/job.txt");
    if (resume.empty() || job.empty()) {
        app.notice = "The example is missing from this build.";
        return;
    }
    app.inputs = Inputs{};
    app.inputs.resume = resume;
    app.inputs.resume_filename = "example resume";
    app.inputs.job = job;
    app.inputs.job_filename = "example job description";
    app.auto_company.clear();
    app.auto_role.clear();
    save_inputs_now(app);
    refresh_summaries(app);
    const std::string who = app.resume_read && !app.resume_read->name.empty() ? app.resume_read->name
                                                                              : "a sample candidate";
    const std::string where = app.job_read && !app.job_read->company.empty() ? " applying to " + app.job_read->company
                                                                             : "";
    app.notice = "Loaded the example: " + who + where + ". Edit anything, or start over with your own.";
    start_generation(app, false);
}

std::string report_title(const Playbook& doc) {
    const std::string name = display_name(doc.candidate.name.value_or(""));
    return "Interview playbook" + (name.empty() ? std::string() : " \u2014 " + name);
}

void do_export(App& app, const ExportRequest& request) {
    if (!app.doc) return;
    const Playbook doc = with_answers(*app.doc, app.answers);
    switch (request.action) {
        case ExportRequest::Action::None: return;
        case ExportRequest::Action::CopySection:
            platform::copy_to_clipboard(render_markdown_section(doc, request.section));
            app.notice = "Copied section " + std::to_string(request.section) + " as Markdown.";
            return;
        case ExportRequest::Action::Print: {
            const bool handout = request.format == ExportFormat::HandoutHtml;
            platform::print_document(handout ? render_handout_html(doc) : render_html_report(doc),
                                     handout ? "Your 30/60/90-day handout" : report_title(doc));
            return;
        }
        case ExportRequest::Action::Download: break;
    }
    const ExportFile file = make_export(doc, request.format, app.font_library.regular_bytes(),
                                        app.font_library.bold_bytes(), app.view.a4);
    if (!file.ok) {
        app.notice = file.error;
        return;
    }
    platform::download(file.filename, file.mime_type, file.bytes);
    platform::embed_notify_exported(export_format_info(request.format).id);
    app.notice = "Saved " + file.filename + ".";
}

}  // namespace

void restore_session(App& app) {
    app.inputs = inputs_from_json(platform::load_value(storage_key(app, kInputsStorageKey)));
    app.answers = FillAnswers::from_json(platform::load_value(storage_key(app, kFillsStorageKey)));
    app.view.a4 = !letter_paper_locale(platform::browser_language());
    refresh_summaries(app);
    const nlohmann::json view = nlohmann::json::parse(platform::load_value(storage_key(app, kViewStorageKey)), nullptr,
                                                      false);
    const bool was_generating = !platform::load_value(storage_key(app, kGeneratingStorageKey)).empty();
    if (was_generating) {
        platform::remove_value(storage_key(app, kGeneratingStorageKey));
        app.error =
            "Building your playbook stopped unexpectedly last time. Your inputs and answers are safe: try again, or "
            "shorten or change the text if it keeps happening.";
        return;
    }
    if (!view.is_object()) return;
    if (view.contains("section") && view["section"].is_number_integer())
        app.view.section = std::clamp(view["section"].get<int>(), 0, 9);
    if (view.value("screen", "") == "playbook") start_generation(app, true);
}

void carry_out(App& app, const StartScreenRequests& req) {
    const double now = platform::now_ms();
    if (req.resume_edited) resume_text_edited(app.inputs);
    if (req.job_edited) job_text_edited(app.inputs);
    if (req.company_edited) app.auto_company.clear();
    if (req.role_edited) app.auto_role.clear();
    if (req.inputs_changed) {
        app.notice.clear();
        inputs_changed(app, now);
    }
    const char* resume_types = ".txt,.md,.markdown,.text,.docx,.pdf,.json";
    const char* job_types = ".txt,.md,.markdown,.text,.html,.htm";
    if (req.open_resume_file)
        platform::open_file(resume_types, [&app](const std::string& name, const std::string& bytes) {
            load_resume_file(app, name, bytes);
        });
    if (req.open_job_file)
        platform::open_file(
            job_types, [&app](const std::string& name, const std::string& bytes) { load_job_file(app, name, bytes); });
    if (req.try_example) load_example(app);
    if (req.generate) start_generation(app, app.doc.has_value());
    if (req.back_to_playbook && app.doc) {
        app.screen = Screen::Playbook;
        save_view(app);
    }
    if (req.forget_everything) platform::forget_everything_and_reload();
}

void carry_out(App& app, const PlaybookScreenRequests& req, Ui& ui) {
    if (ui.answers_changed) app.save_answers_at_ms = ui.now_ms;  // promptly, but after this frame
    const bool goto_shown = ui.goto_section >= 0 && app.view.hidden.section_shown(ui.goto_section);
    if (goto_shown && ui.goto_section != app.view.section) {
        app.view.section = ui.goto_section;
        app.view.scroll_to_top = true;
        app.view.editing_owner = 0;
        save_view(app);
    }
    if (ui.export_request.pending()) do_export(app, ui.export_request);
    if (req.edit_inputs) {
        app.screen = Screen::Start;
        app.error.clear();
        save_view(app);
    }
    if (req.accessible_view) open_accessible_view(app);
    if (req.share && !app.embed_host.empty() && app.doc) {
        // The playbook as it is now (with the answers); posted once, when and
        // if the person's consent is confirmed.
        platform::embed_notify_generated(playbook_to_json(with_answers(*app.doc, app.answers), -1));
        platform::embed_request_share();
    }
}

void open_accessible_view(App& app) {
    if (!app.doc) return;
    platform::show_document_overlay(render_html_report(with_answers(*app.doc, app.answers)), report_title(*app.doc));
}

void paste_into_inputs(App& app, const std::string& text) {
    std::string* target = trim(app.inputs.resume).empty() ? &app.inputs.resume
                          : trim(app.inputs.job).empty()  ? &app.inputs.job
                                                          : nullptr;
    if (!target) return;
    if (app.screen != Screen::Start) app.screen = Screen::Start;
    if (target == &app.inputs.resume) {
        set_resume_text(app, text, "", "");
    } else {
        set_job_text(app, text, "", "");
    }
}

void type_pending_paste(App& app) {
    if (app.pending_paste.empty()) return;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = false;
    io.KeySuper = false;
    io.AddInputCharactersUTF8(app.pending_paste.c_str());
    app.pending_paste.clear();
}

void listen_to_page(App& app) {
    platform::on_paste([&app](const std::string& text) {
        ImGuiIO& io = ImGui::GetIO();
        if (io.WantTextInput) {
            app.pending_paste += text;  // typed in by type_pending_paste at the next frame
            return;
        }
        paste_into_inputs(app, text);
    });
    platform::on_file_dropped([&app](const std::string& name, const std::string& bytes, float x, float y) {
        file_dropped(app, name, bytes, x * app.scale, y * app.scale);
    });
    platform::on_accessible_view_requested([&app] { open_accessible_view(app); });
    platform::install_test_hook([&app] { return app_state_json(app); },
                                [](const std::string& id) { return hook::request_click(id); });
}

void file_dropped(App& app, const std::string& name, const std::string& bytes, float x, float y) {
    const StartScreenLayout& job = app.start_layout;
    const bool on_job_card = app.screen == Screen::Start && x >= job.job_min_x && x <= job.job_max_x &&
                             y >= job.job_min_y && y <= job.job_max_y;
    app.screen = Screen::Start;
    if (name.empty()) {  // dropped text, not a file
        if (on_job_card) {
            set_job_text(app, clean_text(bytes), "", "");
        } else {
            set_resume_text(app, clean_text(bytes), "", "");
        }
        return;
    }
    const std::string ext = extension_of(name);
    if (on_job_card || ext == "html" || ext == "htm") {
        load_job_file(app, name, bytes);
    } else {
        load_resume_file(app, name, bytes);
    }
}

void embed_configured(App& app, const platform::EmbedConfig& config) {
    if (!trim(config.job).empty()) {
        app.inputs.job = clean_text(config.job);
        app.inputs.job_filename = app.embed_host;
        app.inputs.job_file.clear();
    }
    if (!trim(config.company).empty()) app.inputs.company = config.company;
    if (!trim(config.role).empty()) app.inputs.role = config.role;
    // The host's settings stay in memory: the host sends them on every load.
    refresh_summaries(app);

    app.brand_color = parse_hex_color(config.brand_color);
    app.restyle = true;
    const std::string logo_problem = app.logo.set(config.logo);
    if (!logo_problem.empty())
        platform::log_warning("Interview Playbook: the host\u2019s logo is not shown: " + logo_problem);
    app.view.hidden = HiddenParts::from_names(config.hide);
    const int section = app.view.hidden.nearest_shown(app.view.section);
    if (section != app.view.section) {
        app.view.section = section;
        app.view.scroll_to_top = true;
        app.view.editing_owner = 0;
        save_view(app);
    }
}

void update(App& app, double now_ms) {
    if (app.reread_at_ms >= 0 && now_ms >= app.reread_at_ms) refresh_summaries(app);
    if (app.save_inputs_at_ms >= 0 && now_ms >= app.save_inputs_at_ms) save_inputs_now(app);
    if (app.save_answers_at_ms >= 0 && now_ms >= app.save_answers_at_ms) save_answers_now(app);
    if (app.generate_countdown == 0) run_generation(app);
    if (app.generate_countdown > 0) --app.generate_countdown;
    // The next moment something is due.
    double next = -1;
    for (double at : {app.reread_at_ms, app.save_inputs_at_ms, app.save_answers_at_ms})
        if (at >= 0 && (next < 0 || at < next)) next = at;
    if (app.generate_countdown >= 0) next = now_ms;
    app.wake_at_ms = next;
}

std::string app_state_json(const App& app) {
    using nlohmann::json;
    json state;
    state["screen"] = app.screen == Screen::Playbook ? "playbook" : "start";
    state["generating"] = app.generate_countdown >= 0;
    state["section"] = app.view.section + 1;
    state["section_title"] = report_sections()[static_cast<size_t>(app.view.section)].title;
    state["layout"] = app.phone ? "phone" : "wide";
    state["theme"] = app.dark ? "dark" : "light";
    state["scale"] = app.scale;
    state["frames_rendered"] = app.frames_rendered;
    state["frame_ms"] = app.last_frame_ms;
    state["generate_ms"] = app.last_generate_ms;
    state["notice"] = app.notice;
    state["error"] = app.error;
    state["inputs"] = {{"resume_chars", app.inputs.resume.size()},
                       {"job_chars", app.inputs.job.size()},
                       {"resume_filename", app.inputs.resume_filename},
                       {"job_filename", app.inputs.job_filename},
                       {"resume_from_file", !app.inputs.resume_file.empty()},
                       {"company", app.inputs.company},
                       {"role", app.inputs.role},
                       {"news", app.inputs.news}};
    for (const char* box : {"resume", "job"}) {
        const WrappedTextStats wrapped = wrapped_text_stats(box);
        state["wrapped"][box] = {{"lines", wrapped.lines},
                                 {"widest", wrapped.widest / app.scale},
                                 {"wrap_width", wrapped.wrap_width / app.scale}};
    }
    if (app.resume_read) {
        state["resume_read"] = {{"ok", app.resume_read->ok},
                                {"error", app.resume_read->error},
                                {"name", app.resume_read->name},
                                {"positions", app.resume_read->positions},
                                {"skills", app.resume_read->skills.size()}};
    }
    if (app.job_read) {
        state["job_read"] = {{"ok", app.job_read->ok},
                             {"company", app.job_read->company},
                             {"title", app.job_read->title},
                             {"requirements", app.job_read->requirements}};
    }
    if (app.doc) {
        const FillCount fills = count_fills(*app.doc, app.answers);
        state["playbook"] = {{"candidate", app.doc->candidate.name.value_or("")},
                             {"company", app.doc->company.name},
                             {"score", app.doc->fit.score},
                             {"stories", app.doc->stories.size()},
                             {"questions", app.doc->questions.size()},
                             {"blanks", fills.total},
                             {"answered", fills.answered}};
    }
    state["editing"] = app.view.editing_owner ? app.view.editing_prompt : std::string();
    state["open_cards"] = app.view.open_cards;
    state["timer"] = app.view.timer_story;
    state["embed_host"] = app.embed_host;
    state["shared"] = app.shared;
    state["accent"] = hex_color(palette().accent);
    state["on_accent"] = hex_color(palette().on_accent);
    state["brand_color"] = app.brand_color ? hex_color(*app.brand_color) : std::string();
    state["logo"] = nullptr;
    if (app.logo.shown()) {
        const float s = app.scale > 0 ? app.scale : 1;
        const ImVec2 min = app.logo.drawn_min();
        const ImVec2 max = app.logo.drawn_max();
        const json drawn = {{"x", min.x / s}, {"y", min.y / s}, {"w", (max.x - min.x) / s}, {"h", (max.y - min.y) / s}};
        state["logo"] = {{"width", app.logo.width()}, {"height", app.logo.height()}, {"drawn", drawn}};
    }
    state["hidden"] = app.view.hidden.names();
    json shown = json::array();
    for (int i = 0; i < 10; ++i)
        if (app.view.hidden.section_shown(i)) shown.push_back(i + 1);
    state["sections_shown"] = shown;
    state["focused"] = hook::focused_control();
    state["controls"] = json::parse(hook::controls_json(app.scale), nullptr, false);
    return state.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace ip::app
