#include "webapi/engine_service.h"

#include <exception>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "core/date.h"
#include "model/document_json.h"
#include "parse/read.h"
#include "pipeline/generate.h"
#include "render/export_formats.h"
#include "webapi/base64.h"

namespace ip::webapi {

using nlohmann::json;

namespace {

// Replies never throw on text that slipped through unrepaired.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string error_reply(const std::string& message, const std::vector<std::string>& warnings = {}) {
    return dump(json{{"error", message}, {"warnings", warnings}});
}

// One file of the request: text under `key`, or bytes under `key`_base64.
bool read_file_field(const json& request, const std::string& key, std::string& out, std::string& error) {
    const std::string b64_key = key + "_base64";
    if (request.contains(b64_key)) {
        if (!request[b64_key].is_string()) {
            error = "\"" + b64_key + "\" must be a string";
            return false;
        }
        if (!base64_decode(request[b64_key].get_ref<const std::string&>(), out)) {
            error = "\"" + b64_key + "\" is not valid base64";
            return false;
        }
        return true;
    }
    if (!request.contains(key) || request[key].is_null()) return true;
    if (!request[key].is_string()) {
        error = "\"" + key + "\" must be a string";
        return false;
    }
    out = request[key].get<std::string>();
    return true;
}

bool read_text_field(const json& request, const std::string& key, std::string& out, std::string& error) {
    if (!request.contains(key) || request[key].is_null()) return true;
    if (!request[key].is_string()) {
        error = "\"" + key + "\" must be a string";
        return false;
    }
    out = request[key].get<std::string>();
    return true;
}

bool parse_request(const std::string& text, Inputs& in, std::string& error) {
    const json request = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (request.is_discarded() || !request.is_object()) {
        error = "the request is not a JSON object";
        return false;
    }
    return read_file_field(request, "resume", in.resume, error) &&
           read_text_field(request, "resume_filename", in.resume_filename, error) &&
           read_file_field(request, "job", in.job, error) &&
           read_text_field(request, "job_filename", in.job_filename, error) &&
           read_text_field(request, "company", in.company, error) && read_text_field(request, "role", in.role, error) &&
           read_text_field(request, "news", in.news, error) && read_text_field(request, "today", in.today, error);
}

bool read_whole_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

const char* format_name(InputFormat format) {
    switch (format) {
        case InputFormat::PlainText: return "text";
        case InputFormat::Markdown: return "markdown";
        case InputFormat::Docx: return "docx";
        case InputFormat::JsonResume: return "json-resume";
        case InputFormat::PdfItems: return "pdf-items";
        case InputFormat::Html: return "html";
    }
    return "text";
}

bool parse_render_options(const std::string& text, ExportOptions& opt, std::string& error) {
    if (text.empty()) return true;
    const json options = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (options.is_discarded() || !options.is_object()) {
        error = "render options are not a JSON object";
        return false;
    }
    if (options.contains("scale")) {
        if (!options["scale"].is_number_integer() || options["scale"].get<int>() < 1 ||
            options["scale"].get<int>() > 4) {
            error = "\"scale\" must be a whole number from 1 to 4";
            return false;
        }
        opt.scale = options["scale"].get<int>();
    }
    if (options.contains("a4")) {
        if (!options["a4"].is_boolean()) {
            error = "\"a4\" must be true or false";
            return false;
        }
        opt.a4 = options["a4"].get<bool>();
    }
    return true;
}

}  // namespace

EngineService::EngineService(std::string assets_dir, std::string fonts_dir)
    : assets_dir_(std::move(assets_dir)), fonts_dir_(std::move(fonts_dir)) {}

const Knowledge* EngineService::knowledge(std::string& error) {
    if (!knowledge_ && knowledge_error_.empty()) {
        auto kb = std::make_unique<Knowledge>();
        if (load_knowledge_dir(assets_dir_, *kb, knowledge_error_)) knowledge_ = std::move(kb);
    }
    if (!knowledge_) error = "the knowledge base did not load: " + knowledge_error_;
    return knowledge_.get();
}

bool EngineService::load_fonts(std::string& error) {
    if (!font_regular_.empty() && !font_bold_.empty()) return true;
    if (!read_whole_file(fonts_dir_ + "/ui-regular.otf", font_regular_) ||
        !read_whole_file(fonts_dir_ + "/ui-bold.otf", font_bold_)) {
        font_regular_.clear();
        font_bold_.clear();
        error = "the handout fonts are missing from " + fonts_dir_;
        return false;
    }
    return true;
}

std::string EngineService::generate(const std::string& request) {
    // The engine reports problems by value; this catch is the last guard so a
    // bug deep inside still reaches the caller as a message, not an abort.
    try {
        Inputs in;
        std::string error;
        if (!parse_request(request, in, error)) return error_reply(error);
        if (!parse_iso_day(in.today)) return error_reply("\"today\" must be a date written YYYY-MM-DD");
        const Knowledge* kb = knowledge(error);
        if (!kb) return error_reply(error);
        GenerateResult result = generate_playbook(*kb, in);
        if (!result.ok) return error_reply(result.error, result.warnings);
        return "{\"playbook\":" + playbook_to_json(result.doc, -1) + ",\"warnings\":" + dump(result.warnings) + "}";
    } catch (const std::exception& e) {
        return error_reply(std::string("internal error: ") + e.what());
    }
}

std::string EngineService::read_resume_text(const std::string& request) {
    try {
        Inputs in;
        std::string error;
        if (!parse_request(request, in, error)) return error_reply(error);
        const Knowledge* kb = knowledge(error);
        if (!kb) return error_reply(error);
        const ReadResume read = read_resume(*kb, in.resume, in.resume_filename, in.today);
        if (!read.ok) return error_reply(read.error, read.warnings);
        return dump(json{{"text", read.source_text},
                         {"format", format_name(detect_format(in.resume, in.resume_filename))},
                         {"warnings", read.warnings}});
    } catch (const std::exception& e) {
        return error_reply(std::string("internal error: ") + e.what());
    }
}

Rendered EngineService::render(const std::string& format, const std::string& playbook_json,
                               const std::string& options_json) {
    Rendered out;
    try {
        const ExportFormatInfo* info = find_export_format(format);
        if (!info) {
            out.error = "unknown export format \"" + format + "\" (" + export_format_ids() + ")";
            return out;
        }
        Playbook doc;
        if (!playbook_from_json(playbook_json, doc, out.error)) return out;
        ExportOptions opt;
        if (!parse_render_options(options_json, opt, out.error)) return out;
        if (info->needs_fonts && !load_fonts(out.error)) return out;
        out.ok = render_export(doc, info->format, font_regular_, font_bold_, opt, out.bytes, out.error);
    } catch (const std::exception& e) {
        out.ok = false;
        out.error = std::string("internal error: ") + e.what();
    }
    return out;
}

std::string EngineService::exports() {
    json list = json::array();
    for (const ExportFormatInfo& f : export_formats())
        list.push_back(json{{"id", f.id}, {"type", f.mime_type}, {"binary", f.binary}});
    return dump(list);
}

std::string EngineService::info() {
    std::string error;
    const bool loaded = knowledge(error) != nullptr;
    json formats = json::array();
    for (const ExportFormatInfo& f : export_formats()) formats.push_back(f.id);
    return dump(json{{"schema", "playbook/1"},
                     {"formats", formats},
                     {"exports", json::parse(exports())},
                     {"knowledge", loaded ? std::string("ok") : error}});
}

}  // namespace ip::webapi
