#include "knowledge/entry_reader.h"

#include <algorithm>

namespace ip {

using nlohmann::json;

std::string in_quotes(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out.append(1, '"').append(s).append(1, '"');
    return out;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

EntryReader::EntryReader(const json& entry, std::string where, std::string& error)
    : entry_(entry), where_(std::move(where)), error_(error) {}

void EntryReader::name_entry(const std::string& id) { where_.append(" (").append(in_quotes(id)).append(")"); }

bool EntryReader::fail(const std::string& problem) {
    if (error_.empty()) error_ = where_ + ": " + problem;
    return false;
}

bool EntryReader::is_object() { return entry_.is_object() || fail("must be a JSON object"); }

bool EntryReader::only_keys(std::initializer_list<std::string_view> allowed) {
    for (const auto& item : entry_.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
            return fail("unknown key " + in_quotes(item.key()));
    }
    return true;
}

const json* EntryReader::field(const char* key, bool required) {
    auto it = entry_.find(key);
    if (it == entry_.end()) {
        if (required) fail("missing " + in_quotes(key));
        return nullptr;
    }
    return &*it;
}

bool EntryReader::text(const char* key, std::string& out) {
    const json* value = field(key, true);
    if (!value) return false;
    if (!value->is_string()) return fail(in_quotes(key) + " must be a string");
    out = value->get_ref<const std::string&>();
    if (is_blank(out)) return fail(in_quotes(key) + " is empty");
    return true;
}

bool EntryReader::optional_text(const char* key, std::string& out) {
    const json* value = field(key, false);
    if (!value) return true;
    if (!value->is_string()) return fail(in_quotes(key) + " must be a string");
    out = value->get_ref<const std::string&>();
    return true;
}

bool EntryReader::read_string_list(const char* key, const json& value, std::vector<std::string>& out) {
    if (!value.is_array()) return fail(in_quotes(key) + " must be a list of strings");
    out.clear();
    out.reserve(value.size());
    for (const json& item : value) {
        if (!item.is_string()) return fail(in_quotes(key) + " must be a list of strings");
        const std::string& s = item.get_ref<const std::string&>();
        if (is_blank(s)) return fail(in_quotes(key) + " has an empty item");
        out.push_back(s);
    }
    return true;
}

bool EntryReader::text_list(const char* key, std::vector<std::string>& out, size_t min_size) {
    const json* value = field(key, true);
    if (!value || !read_string_list(key, *value, out)) return false;
    if (out.size() < min_size)
        return fail(in_quotes(key) + " needs at least " + std::to_string(min_size) + " item" +
                    (min_size == 1 ? "" : "s"));
    return true;
}

bool EntryReader::optional_text_list(const char* key, std::vector<std::string>& out) {
    const json* value = field(key, false);
    return !value || read_string_list(key, *value, out);
}

bool EntryReader::integer(const char* key, int& out, int lowest, int highest) {
    const json* value = field(key, true);
    if (!value) return false;
    if (!value->is_number_integer()) return fail(in_quotes(key) + " must be an integer");
    const long long n = value->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(
                                                          value->get<unsigned long long>(), 1ULL << 40))
                                                    : value->get<long long>();
    if (n < lowest || n > highest)
        return fail(in_quotes(key) + " must be between " + std::to_string(lowest) + " and " + std::to_string(highest));
    out = static_cast<int>(n);
    return true;
}

bool EntryReader::optional_flag(const char* key, bool& out) {
    const json* value = field(key, false);
    if (!value) return true;
    if (!value->is_boolean()) return fail(in_quotes(key) + " must be true or false");
    out = value->get<bool>();
    return true;
}

bool EntryReader::text_map(const char* key, std::map<std::string, std::string>& out) {
    const json* value = field(key, true);
    if (!value) return false;
    if (!value->is_object()) return fail(in_quotes(key) + " must be an object of strings");
    out.clear();
    for (const auto& item : value->items()) {
        if (!item.value().is_string()) return fail(in_quotes(key) + "." + item.key() + " must be a string");
        const std::string& s = item.value().get_ref<const std::string&>();
        if (is_blank(s)) return fail(in_quotes(key) + "." + item.key() + " is empty");
        out[item.key()] = s;
    }
    return true;
}

bool EntryReader::count_map(const char* key, std::map<std::string, int>& out, int lowest, int highest) {
    const json* value = field(key, true);
    if (!value) return false;
    if (!value->is_object()) return fail(in_quotes(key) + " must be an object of integers");
    out.clear();
    for (const auto& item : value->items()) {
        const json& n = item.value();
        if (!n.is_number_integer()) return fail(in_quotes(key) + "." + item.key() + " must be an integer");
        const long long count = n.is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(
                                                             n.get<unsigned long long>(), 1ULL << 40))
                                                       : n.get<long long>();
        if (count < lowest || count > highest)
            return fail(in_quotes(key) + "." + item.key() + " must be between " + std::to_string(lowest) + " and " +
                        std::to_string(highest));
        out[item.key()] = static_cast<int>(count);
    }
    return true;
}

}  // namespace ip
