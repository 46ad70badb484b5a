#include "knowledge/company_name_key.h"

#include <array>
#include <string_view>

#include "core/text.h"

namespace ip {

std::string company_name_key(const std::string& name) {
    std::string key = to_lower(fold_whitespace(name));
    static constexpr std::array<std::string_view, 9> suffixes = {" inc.", " inc",   " llc",         " ltd.", " ltd",
                                                                 " corp.", " corp", " corporation", " plc"};
    for (std::string_view suffix : suffixes) {
        if (key.size() > suffix.size() && ends_with(key, suffix)) {
            key.resize(key.size() - suffix.size());
            break;
        }
    }
    const size_t kept = key.find_last_not_of(", .");
    key.erase(kept == std::string::npos ? 0 : kept + 1);
    return key;
}

}  // namespace ip
