#include "knowledge/tag_rules.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/text.h"
#include "knowledge/vocabulary.h"

namespace ip {

bool check_identifier(EntryReader& in, const char* key, const std::string& value) {
    for (char c : value) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return in.fail(in_quotes(key) + " " + in_quotes(value) + " must use only a-z, 0-9 and _");
    }
    return true;
}

bool check_lower_case(EntryReader& in, const char* key, const std::vector<std::string>& values) {
    for (const std::string& v : values)
        if (to_lower(v) != v) return in.fail(in_quotes(key) + " item " + in_quotes(v) + " must be lower-case");
    return true;
}

bool check_themes(EntryReader& in, const char* key, const std::vector<std::string>& themes) {
    for (const std::string& t : themes)
        if (!check_identifier(in, key, t)) return false;
    return check_no_duplicates(in, key, themes);
}

bool check_levels(EntryReader& in, const char* key, const std::vector<std::string>& levels) {
    for (const std::string& level : levels)
        if (!is_seniority_level(level)) return in.fail(in_quotes(key) + " has unknown level " + in_quotes(level));
    return check_no_duplicates(in, key, levels);
}

bool check_level_keys(EntryReader& in, const char* key, const std::map<std::string, std::string>& by_level) {
    for (const auto& [level, text] : by_level)
        if (!is_seniority_level(level)) return in.fail(in_quotes(key) + " has unknown level " + in_quotes(level));
    return true;
}

bool check_slots(EntryReader& in, const char* key, const std::string& text, const std::vector<std::string>& allowed) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') return in.fail(in_quotes(key) + ": stray \"}\" in " + in_quotes(text));
        if (text[i] != '{') continue;
        size_t end = i + 1;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
        if (end == i + 1 || end >= text.size() || text[end] != '}')
            return in.fail(in_quotes(key) + ": malformed slot in " + in_quotes(text) + " (slots look like {name})");
        const std::string slot = text.substr(i + 1, end - i - 1);
        if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), slot) == allowed.end())
            return in.fail(in_quotes(key) + ": unknown slot {" + slot + "}");
        i = end;
    }
    return true;
}

bool check_no_duplicates(EntryReader& in, const char* key, const std::vector<std::string>& values) {
    std::set<std::string> seen;
    for (const std::string& v : values)
        if (!seen.insert(v).second) return in.fail(in_quotes(key) + " lists " + in_quotes(v) + " twice");
    return true;
}

}  // namespace ip
