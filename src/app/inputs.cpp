#include "app/inputs.h"

#include <nlohmann/json.hpp>

namespace ip::app {

namespace {

std::string string_field(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string inputs_to_json(const Inputs& in) {
    nlohmann::json out = {
        {"resume", in.resume},   {"resume_filename", in.resume_filename},
        {"job", in.job},         {"job_filename", in.job_filename},
        {"company", in.company}, {"role", in.role},
    };
    // Replace, not throw, if a field holds broken UTF-8 (a binary file).
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Inputs inputs_from_json(const std::string& text) {
    Inputs in;
    nlohmann::json obj = nlohmann::json::parse(text, nullptr, false);
    if (!obj.is_object()) return in;
    in.resume = string_field(obj, "resume");
    in.resume_filename = string_field(obj, "resume_filename");
    in.job = string_field(obj, "job");
    in.job_filename = string_field(obj, "job_filename");
    in.company = string_field(obj, "company");
    in.role = string_field(obj, "role");
    return in;
}

}  // namespace ip::app
