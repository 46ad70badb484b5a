#include "app/inputs.h"

#include <nlohmann/json.hpp>

#include "core/text.h"

namespace ip::app {

namespace {

std::string string_field(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Binary files (a .docx) travel in a JSON string one byte per code point
// U+0000-U+00FF; text files are kept as they are.
std::string bytes_to_latin1(const std::string& bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (unsigned char c : bytes) ip::append_utf8(out, c);
    return out;
}

std::string latin1_to_bytes(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const uint32_t cp = ip::next_codepoint(text, i);
        if (cp > 0xFF) return {};  // not ours: ignore the file, keep the text
        out.push_back(static_cast<char>(cp));
    }
    return out;
}

void put_file(nlohmann::json& out, const char* key, const std::string& bytes) {
    if (bytes.empty()) return;
    const bool text = ip::is_valid_utf8(bytes);
    out[key] = {{"encoding", text ? "utf-8" : "latin1"}, {"data", text ? bytes : bytes_to_latin1(bytes)}};
}

std::string get_file(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_object()) return {};
    const std::string encoding = string_field(*it, "encoding");
    const std::string data = string_field(*it, "data");
    return encoding == "latin1" ? latin1_to_bytes(data) : data;
}

}  // namespace

ip::Inputs engine_inputs(const Inputs& in, const std::string& today) {
    ip::Inputs out;
    if (!in.resume_file.empty()) {
        out.resume = in.resume_file;
        out.resume_filename = in.resume_filename;
    } else {
        out.resume = in.resume;
    }
    if (!in.job_file.empty()) {
        out.job = in.job_file;
        out.job_filename = in.job_filename;
    } else {
        out.job = in.job;
    }
    out.company = ip::trim(in.company);
    out.role = ip::trim(in.role);
    out.news = ip::trim(in.news);
    out.today = today;
    return out;
}

void resume_text_edited(Inputs& in) { in.resume_file.clear(); }

void job_text_edited(Inputs& in) { in.job_file.clear(); }

std::string inputs_to_json(const Inputs& in, bool with_files) {
    nlohmann::json out = {
        {"resume", in.resume},   {"resume_filename", in.resume_filename},
        {"job", in.job},         {"job_filename", in.job_filename},
        {"company", in.company}, {"role", in.role},
        {"news", in.news},
    };
    if (with_files) {
        put_file(out, "resume_file", in.resume_file);
        put_file(out, "job_file", in.job_file);
    }
    // Replace, not throw, if a field holds broken UTF-8 (a binary file).
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Inputs inputs_from_json(const std::string& text) {
    Inputs in;
    nlohmann::json obj = nlohmann::json::parse(text, nullptr, false);
    if (!obj.is_object()) return in;
    in.resume = string_field(obj, "resume");
    in.resume_filename = string_field(obj, "resume_filename");
    in.resume_file = get_file(obj, "resume_file");
    in.job = string_field(obj, "job");
    in.job_filename = string_field(obj, "job_filename");
    in.job_file = get_file(obj, "job_file");
    in.company = string_field(obj, "company");
    in.role = string_field(obj, "role");
    in.news = string_field(obj, "news");
    return in;
}

}  // namespace ip::app
