#include "knowledge/knowledge_file.h"

#include "core/text.h"
#include "knowledge/entry_reader.h"

namespace ip {

using nlohmann::json;

namespace {

// Deepest bracket nesting outside strings; stops counting once past `limit`.
int nesting_depth(const std::string& text, int limit) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > deepest) deepest = depth;
            if (deepest > limit) return deepest;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

// Re-reads text that failed to parse, only to recover the parser's message
// ("parse error at line 3, column 5: ...") without exceptions.
class SyntaxErrorRecorder : public json::json_sax_t {
public:
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        message = ex.what();
        const size_t tag_end = message.find("] ");
        if (starts_with(message, "[json.exception") && tag_end != std::string::npos) message.erase(0, tag_end + 2);
        return false;
    }
};

std::string syntax_error(const std::string& text) {
    SyntaxErrorRecorder recorder;
    json::sax_parse(text, &recorder, json::input_format_t::json, true, false);
    return recorder.message.empty() ? "not valid JSON" : "not valid JSON: " + recorder.message;
}

}  // namespace

std::string asset_label(const std::string& name) { return "assets/" + name; }

bool parse_knowledge_file(const std::string& name, const std::string& text, json& out, std::string& error) {
    const std::string label = asset_label(name);
    if (text.size() > kMaxKnowledgeFileBytes) {
        error = label + ": file is larger than " + std::to_string(kMaxKnowledgeFileBytes >> 20) + " MiB";
        return false;
    }
    if (!is_valid_utf8(text)) {
        error = label + ": not valid UTF-8";
        return false;
    }
    if (nesting_depth(text, kMaxKnowledgeJsonDepth) > kMaxKnowledgeJsonDepth) {
        error = label + ": JSON nested deeper than " + std::to_string(kMaxKnowledgeJsonDepth) + " levels";
        return false;
    }
    out = json::parse(text, nullptr, false);
    if (out.is_discarded()) {
        error = label + ": " + syntax_error(text);
        return false;
    }
    return true;
}

const json* top_level_value(const std::string& name, const json& doc, const char* key, json::value_t expected,
                            std::string& error) {
    const std::string label = asset_label(name);
    const char* shape = expected == json::value_t::array ? "a list" : "an object";
    // Besides its one key, a file may carry notes for coaches under keys that
    // start with "_" ("_doc", "_slots"); the loader ignores them.
    bool shape_ok = doc.is_object() && doc.contains(key);
    if (shape_ok)
        for (const auto& item : doc.items())
            if (item.key() != key && !starts_with(item.key(), "_")) shape_ok = false;
    if (!shape_ok) {
        error = label + ": expected an object with the key " + in_quotes(key) + " (and optional \"_\" notes)";
        return nullptr;
    }
    const json& value = *doc.find(key);
    if (value.type() != expected) {
        error = label + ": " + in_quotes(key) + " must be " + shape;
        return nullptr;
    }
    return &value;
}

}  // namespace ip
