// Typed, non-throwing access to the fields of one knowledge entry (one JSON
// object). The first problem is recorded as "<where>: <problem>" so every
// schema error names the file and the entry.
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ip {

class EntryReader {
public:
    // `where` is e.g. `assets/skills.json: skill #212`; `error` receives the first problem.
    EntryReader(const nlohmann::json& entry, std::string where, std::string& error);

    // Once the id is read, later messages name it: `skill #212 ("kubernetes")`.
    void name_entry(const std::string& id);
    const std::string& where() const { return where_; }

    bool is_object();
    // Fails on any key outside `allowed` (catches typos such as "red_flag").
    bool only_keys(std::initializer_list<std::string_view> allowed);

    // Required strings must be present and not blank; optional ones may be absent.
    bool text(const char* key, std::string& out);
    bool optional_text(const char* key, std::string& out);
    // Lists of non-blank strings; a required list must be present (it may be empty
    // unless `min_size` says otherwise).
    bool text_list(const char* key, std::vector<std::string>& out, size_t min_size = 0);
    bool optional_text_list(const char* key, std::vector<std::string>& out);
    bool integer(const char* key, int& out, int lowest, int highest);
    bool optional_flag(const char* key, bool& out);
    // Objects whose values are non-blank strings / integers in [lowest, highest].
    bool text_map(const char* key, std::map<std::string, std::string>& out);
    bool count_map(const char* key, std::map<std::string, int>& out, int lowest, int highest);

    // Records `problem` for this entry; always returns false.
    bool fail(const std::string& problem);

private:
    const nlohmann::json* field(const char* key, bool required);
    bool read_string_list(const char* key, const nlohmann::json& value, std::vector<std::string>& out);

    const nlohmann::json& entry_;
    std::string where_;
    std::string& error_;
};

// Quotes a key or value for an error message: "kubernetes".
std::string in_quotes(std::string_view s);
// True if `s` is empty or only whitespace.
bool is_blank(std::string_view s);

}  // namespace ip
